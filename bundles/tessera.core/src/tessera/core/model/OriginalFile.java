package tessera.core.model;

/** The file a document was imported from, byte for byte, so that it can be exported again. */
public record OriginalFile(String name, byte[] content) {
}

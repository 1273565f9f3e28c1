package tessera.core.model;

/** A person (or program) who codes; every coding and memo carries its coder. */
public record Coder(long id, String guid, String name) {
}

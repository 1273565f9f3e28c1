package tessera.core.model;

/** The value of one attribute for one document, in the canonical text of the attribute's type. */
public record AttributeValue(long documentId, long attributeId, String value) {
}

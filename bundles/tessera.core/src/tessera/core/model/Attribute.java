package tessera.core.model;

/** The definition of a document attribute such as country, city or year. */
public record Attribute(long id, String guid, String name, AttributeType type, int order) {
}

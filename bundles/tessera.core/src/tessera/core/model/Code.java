package tessera.core.model;

/**
 * A code of the codebook. {@code parentId} is null for a top-level code; {@code order} sorts siblings.
 * A code that is not {@code codable} only groups other codes (a category), as in REFI-QDA's isCodable.
 */
public record Code(long id, String guid, Long parentId, String name, String colour, String description,
        boolean codable, int order) {
}

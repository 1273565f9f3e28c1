package tessera.core.store;

import java.util.Set;

/** Which codings to list: any combination of one document, a set of codes and one coder; null means any. */
public record CodingFilter(Long documentId, Set<Long> codeIds, Long coderId) {

    public static final CodingFilter ALL = new CodingFilter(null, null, null);

    public static CodingFilter document(long id) {
        return new CodingFilter(id, null, null);
    }

    public static CodingFilter codes(Set<Long> ids) {
        return new CodingFilter(null, ids, null);
    }
}

package tessera.core.model;

import java.util.List;

/**
 * A named set of documents and codes (NVivo's sets, MAXQDA's document and code sets, ATLAS.ti's groups), kept
 * as REFI-QDA describes them: membership only, no copy of what is in it.
 */
public record ItemSet(long id, String guid, String name, String description, List<Long> documentIds,
        List<Long> codeIds) {

    public ItemSet {
        documentIds = List.copyOf(documentIds);
        codeIds = List.copyOf(codeIds);
    }
}

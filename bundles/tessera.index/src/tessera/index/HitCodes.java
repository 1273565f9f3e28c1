package tessera.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;

/** The codes whose codings overlap each hit: the last column of a key-word-in-context line. */
public final class HitCodes {

    private HitCodes() {
    }

    public static Map<Hit, List<String>> at(ProjectReader store, List<Hit> hits) {
        Codebook book = store.codebook();
        Map<Long, List<Coding>> byDocument = new HashMap<>();
        Map<Hit, List<String>> out = new HashMap<>();
        for (Hit h : hits) {
            List<Coding> codings = byDocument.computeIfAbsent(h.documentId(),
                    d -> store.codings(CodingFilter.document(d)));
            out.put(h, codings.stream().filter(c -> c.start() < h.end() && h.start() < c.end())
                    .map(c -> book.path(c.codeId())).distinct().toList());
        }
        return out;
    }
}

package tessera.ui.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;
import tessera.index.Hit;

/** The codes whose codings overlap each hit, for the KWIC table. */
final class HitCodes {

    private HitCodes() {
    }

    static Map<Hit, List<String>> at(ProjectReader store, List<Hit> hits) {
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

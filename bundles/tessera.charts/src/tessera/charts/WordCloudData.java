package tessera.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tessera.analysis.query.QueryData;
import tessera.analysis.query.Range;
import tessera.analysis.query.Segments;
import tessera.core.model.Document;
import tessera.core.text.CodePointIndex;
import tessera.index.WordFrequencies;

/**
 * The words of a word cloud, as the Word Frequencies view counts them (CJK segmented by dictionary, stop words
 * out): in the chosen documents' whole text, or only in what the chosen codes cover there.
 */
public final class WordCloudData {

    /** The most frequent words a cloud shows. */
    public static final int WORDS = 80;

    private WordCloudData() {
    }

    public static List<WordFrequencies.Word> of(QueryData data, Set<Long> codeIds, Set<Long> documentIds) {
        Segments coded = codeIds == null ? null : data.codings(subtrees(data, codeIds), null, documentIds).merged();
        List<WordFrequencies.Passage> passages = new ArrayList<>();
        for (Document d : data.documents()) {
            if (documentIds != null && !documentIds.contains(d.id())) {
                continue;
            }
            String text = data.text(d.id());
            if (coded == null) {
                passages.add(new WordFrequencies.Passage(d.id(), text, d.language()));
            } else {
                CodePointIndex index = CodePointIndex.of(text);
                for (Range r : coded.in(d.id())) {
                    passages.add(new WordFrequencies.Passage(d.id(), CodePointIndex.slice(text, index, r.start(),
                            r.end()), d.language()));
                }
            }
        }
        return WordFrequencies.count(passages, WORDS);
    }

    static Set<Long> subtrees(QueryData data, Set<Long> codeIds) {
        Set<Long> out = new java.util.HashSet<>();
        codeIds.forEach(id -> out.addAll(data.codebook().subtree(id)));
        return out;
    }
}

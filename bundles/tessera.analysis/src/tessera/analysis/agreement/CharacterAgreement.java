package tessera.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

import tessera.core.model.Document;

/**
 * Agreement per code and coder pair, character by character over the chosen documents as one continuum: the four
 * counts, percentage agreement and Cohen's kappa (see {@link PairCounts}), and the same per document on request.
 */
public final class CharacterAgreement {

    /** One coder pair on one code: over all documents, and (when asked) document by document. */
    public record Pair(String first, String second, PairCounts counts, List<DocumentCounts> byDocument) {
    }

    /** A pair's counts in one document. */
    public record DocumentCounts(Document document, PairCounts counts) {
    }

    /** Every coder pair on one code. */
    public record CodeAgreement(long codeId, List<Pair> pairs) {
    }

    private CharacterAgreement() {
    }

    public static List<CodeAgreement> of(AgreementScope scope, boolean byDocument) {
        List<CodeAgreement> out = new ArrayList<>();
        List<String> coders = scope.coders();
        for (long code : scope.codes()) {
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < coders.size(); i++) {
                for (int j = i + 1; j < coders.size(); j++) {
                    pairs.add(pair(scope, code, coders.get(i), coders.get(j), byDocument));
                }
            }
            out.add(new CodeAgreement(code, pairs));
        }
        return out;
    }

    private static Pair pair(AgreementScope scope, long code, String first, String second, boolean byDocument) {
        PairCounts total = new PairCounts(0, 0, 0, 0);
        List<DocumentCounts> rows = new ArrayList<>();
        for (Document d : scope.documents()) {
            PairCounts c = PairCounts.of(scope.spans(code, first, d.id()), scope.spans(code, second, d.id()),
                    d.length());
            total = total.plus(c);
            if (byDocument) {
                rows.add(new DocumentCounts(d, c));
            }
        }
        return new Pair(first, second, total, List.copyOf(rows));
    }
}

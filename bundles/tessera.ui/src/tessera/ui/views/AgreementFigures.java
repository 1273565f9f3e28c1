package tessera.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import tessera.analysis.agreement.AgreementScope;
import tessera.analysis.agreement.CharacterAgreement;
import tessera.analysis.agreement.Disagreements;
import tessera.analysis.agreement.DocumentAgreement;
import tessera.analysis.agreement.PairCounts;
import tessera.analysis.agreement.UnitizedAlpha;
import tessera.core.model.Document;
import tessera.core.store.ProjectReader;
import tessera.ui.internal.Messages;

/**
 * What the Agreement view shows, computed off the UI thread: rows of figures (code, coder pair, agreement, kappa,
 * alpha), a line of the alphas over all chosen codes, notes, and the disagreements.
 */
record AgreementFigures(List<Row> rows, String summary, List<String> notes, List<Disagreements.Stretch> stretches) {

    /** A row of the table; figures are null where undefined. */
    record Row(String code, String first, String second, Double agreement, Double kappa, Double alpha,
            boolean total) {
    }

    /** Characters as units: per code and pair, α-binary per code, and a total row pooling the codes per pair. */
    static AgreementFigures characters(ProjectReader project, Set<Long> documents, Set<Long> codes,
            List<String> coders, IProgressMonitor monitor) {
        List<Long> ordered = codes == null ? null
                : project.codebook().inOrder().stream().map(c -> c.id()).filter(codes::contains).toList();
        monitor.beginTask(Messages.Agreement_computing, 4);
        AgreementScope scope = AgreementScope.of(project, documents, ordered, coders);
        step(monitor);
        List<Row> rows = new ArrayList<>();
        Map<String, PairCounts> pooled = new LinkedHashMap<>();
        for (CharacterAgreement.CodeAgreement c : CharacterAgreement.of(scope, false)) {
            Double binary = UnitizedAlpha.binary(scope, c.codeId());
            for (CharacterAgreement.Pair p : c.pairs()) {
                PairCounts n = p.counts();
                rows.add(new Row(scope.path(c.codeId()), p.first(), p.second(), n.agreement(), n.kappa(), binary,
                        false));
                pooled.merge(p.first() + "\u0000" + p.second(), n, PairCounts::plus);
            }
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        step(monitor);
        UnitizedAlpha.Result alphas = UnitizedAlpha.of(scope);
        step(monitor);
        pooled.forEach((pair, n) -> {
            String[] who = pair.split("\u0000");
            rows.add(new Row(Messages.Agreement_total, who[0], who[1], n.agreement(), n.kappa(), alphas.binary(),
                    true));
        });
        List<Disagreements.Stretch> stretches = Disagreements.of(scope);
        step(monitor);
        String summary = NLS.bind(Messages.Agreement_alphas, new Object[] {figure(alphas.u()),
            figure(alphas.binary()), figure(alphas.cu())});
        String done = NLS.bind(Messages.Agreement_done, new Object[] {scope.coders().size(),
            scope.documents().size(), scope.characters(), stretches.size()});
        return new AgreementFigures(rows, done + "  " + summary, alphas.notes(), stretches);
    }

    /** Documents as units for a parent code's values: Krippendorff's alpha and each pair's kappa. */
    static AgreementFigures documents(ProjectReader project, Set<Long> documents, Long parent, List<String> coders) {
        if (parent == null || project.codebook().children(parent).isEmpty()) {
            return new AgreementFigures(List.of(), Messages.Agreement_chooseParent, List.of(), List.of());
        }
        List<Document> docs = project.documents().stream().filter(d -> documents == null
                || documents.contains(d.id())).toList();
        DocumentAgreement.Group g = DocumentAgreement.of(project, parent, docs, coders);
        String path = project.codebook().path(parent);
        List<Row> rows = new ArrayList<>();
        for (DocumentAgreement.Pair p : g.pairs()) {
            rows.add(new Row(path, p.first(), p.second(), p.result().agreement(), p.result().kappa(), g.alpha(),
                    false));
        }
        String summary = NLS.bind(Messages.Agreement_documentsDone, new Object[] {coders.size(), docs.size(), path,
            figure(g.alpha())});
        return new AgreementFigures(rows, summary, g.notes(), List.of());
    }

    static String figure(Double v) {
        return v == null ? Messages.Agreement_undefined : String.format("%.3f", v);
    }

    private static void step(IProgressMonitor monitor) {
        monitor.worked(1);
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}

package tessera.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tessera.analysis.agreement.AgreementScope;
import tessera.analysis.agreement.CharacterAgreement;
import tessera.analysis.agreement.Disagreements;
import tessera.analysis.agreement.PairCounts;
import tessera.analysis.agreement.UnitizedAlpha;
import tessera.core.model.Coding;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;
import tessera.core.text.CodePointIndex;
import tessera.exchange.export.SegmentSheet;
import tessera.exchange.sheet.Cell;
import tessera.exchange.sheet.Column;
import tessera.exchange.sheet.CsvWorkbookWriter;
import tessera.exchange.sheet.WorkbookWriter;
import tessera.exchange.sheet.XlsxWorkbookWriter;

/**
 * The agreement workbook for a review team: a summary sheet with every code and coder pair's figures, and a sheet
 * of the disagreements, one row per coding that takes part in one, with the review sheet's Coding ID, Decision and
 * Comment columns, so that {@code import-review} records the team's decisions on those codings.
 */
final class AgreementWorkbook {

    private AgreementWorkbook() {
    }

    static List<Path> write(ProjectReader project, AgreementScope scope, Path out, boolean xlsx) throws IOException {
        try (WorkbookWriter w = xlsx ? new XlsxWorkbookWriter(out) : new CsvWorkbookWriter(out, true)) {
            summary(project, scope, w);
            alphas(project, scope, w);
            disagreements(project, scope, w);
            return w.commit();
        }
    }

    private static void summary(ProjectReader project, AgreementScope scope, WorkbookWriter w) throws IOException {
        w.startSheet("Agreement", List.of(Column.of("Code", 34), Column.of("First coder", 16),
                Column.of("Second coder", 16), Column.of("Both", 10), Column.of("First only", 10),
                Column.of("Second only", 10), Column.of("Neither", 12), Column.of("Agreement %", 12),
                Column.of("Kappa", 10), Column.of("Alpha binary", 12)));
        for (CharacterAgreement.CodeAgreement c : CharacterAgreement.of(scope, false)) {
            Cell binary = figure(UnitizedAlpha.binary(scope, c.codeId()), "%.3f");
            for (CharacterAgreement.Pair p : c.pairs()) {
                PairCounts n = p.counts();
                w.row(List.of(Cell.text(project.codebook().path(c.codeId())), Cell.text(p.first()),
                        Cell.text(p.second()), Cell.number(n.both()), Cell.number(n.firstOnly()),
                        Cell.number(n.secondOnly()), Cell.number(n.neither()), figure(n.agreement(), "%.1f"),
                        figure(n.kappa(), "%.3f"), binary), 0);
            }
        }
    }

    /** Krippendorff's unitized alphas over all the chosen codes, with what makes one undefined. */
    private static void alphas(ProjectReader project, AgreementScope scope, WorkbookWriter w) throws IOException {
        w.startSheet("Unitized alpha", List.of(Column.of("Codes", 34), Column.of("u-alpha", 10),
                Column.of("|u-alpha", 10), Column.of("cu-alpha", 10), Column.of("Notes", 80)));
        UnitizedAlpha.Result r = UnitizedAlpha.of(scope);
        List<String> paths = scope.codes().stream().map(scope::path).toList();
        w.row(List.of(Cell.wrapped(String.join(", ", paths)), figure(r.u(), "%.3f"), figure(r.binary(), "%.3f"),
                figure(r.cu(), "%.3f"), Cell.wrapped(String.join("\n", r.notes()))), 0);
    }

    /** A figure as text with its precision, or n/a where it is undefined. */
    private static Cell figure(Double v, String pattern) {
        return Cell.text(v == null ? "n/a" : String.format(java.util.Locale.ROOT, pattern, v));
    }

    private static void disagreements(ProjectReader project, AgreementScope scope, WorkbookWriter w)
            throws IOException {
        w.startSheet("Disagreements", List.of(Column.of(SegmentSheet.ID, 38), Column.of("Document", 28),
                Column.of("Code", 30), Column.of("Coder", 14), Column.of("Start", 8), Column.of("End", 8),
                Column.of("Text", 60), Column.of("Stretch", 14), Column.of("Coded there by", 24),
                new Column(SegmentSheet.DECISION, 12, SegmentSheet.DECISIONS), Column.of(SegmentSheet.COMMENT, 36)));
        var coders = project.coderNames();
        for (Disagreements.Stretch s : Disagreements.of(scope)) {
            String text = project.text(s.document().id());
            CodePointIndex index = CodePointIndex.of(text);
            List<Coding> involved = new ArrayList<>();
            for (Coding c : project.codings(new CodingFilter(s.document().id(), java.util.Set.of(s.codeId()), null))) {
                if (c.overlaps(s.start(), s.end()) && s.coders().contains(coders.get(c.coderId()))) {
                    involved.add(c);
                }
            }
            for (Coding c : involved) {
                w.row(List.of(Cell.text(c.guid()), Cell.text(s.document().name()),
                        Cell.text(project.codebook().path(s.codeId())), Cell.text(coders.get(c.coderId())),
                        Cell.number(c.start()), Cell.number(c.end()),
                        Cell.wrapped(CodePointIndex.slice(text, index, c.start(), c.end())),
                        Cell.text("[" + s.start() + ", " + s.end() + ")"), Cell.text(String.join(", ", s.coders())),
                        Cell.text(""), Cell.text("")), 0);
            }
        }
    }
}

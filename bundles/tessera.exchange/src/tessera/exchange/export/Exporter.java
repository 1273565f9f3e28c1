package tessera.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import tessera.core.store.ProjectReader;
import tessera.exchange.internal.ExchangeMessages;
import tessera.exchange.matrix.CodeAttributeCrosstab;
import tessera.exchange.matrix.CodeDocumentMatrix;
import tessera.exchange.matrix.Cooccurrence;
import tessera.exchange.matrix.Matrix;
import tessera.exchange.scope.ExportFilter;
import tessera.exchange.scope.ExportScope;
import tessera.exchange.sheet.CsvWorkbookWriter;
import tessera.exchange.sheet.WorkbookWriter;
import tessera.exchange.sheet.XlsxWorkbookWriter;

/**
 * Exports sheets of a project to one XLSX workbook, or to CSV files (one per sheet). Files appear only when
 * complete: a failure or cancellation leaves none, and its reason reaches the caller as an exception.
 */
public final class Exporter {

    public enum Format {
        XLSX, CSV;

        public static Format of(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "xlsx" -> XLSX;
                case "csv" -> CSV;
                default -> throw new IllegalArgumentException("unknown format '" + name + "' (xlsx or csv)");
            };
        }

        /** The format a file name implies, or null. */
        public static Format ofFile(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".xlsx") ? XLSX : n.endsWith(".csv") ? CSV : null;
        }
    }

    /** The files written and what the reader must know about them. */
    public record Report(List<Path> files, List<String> notes) {
    }

    private Exporter() {
    }

    public static Report export(ProjectReader project, List<ExportKind> kinds, Format format, Path out,
            ExportFilter filter, ExportOptions options, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, ExchangeMessages.exporting, kinds.size() + 1);
        ExportScope scope = ExportScope.of(project, filter);
        progress.worked(1);
        if (kinds.contains(ExportKind.ATTRIBUTES) && options.attribute() == null) {
            throw new IllegalArgumentException("the codes x attribute crosstab needs an attribute (e.g. country)");
        }
        try (WorkbookWriter writer = format == Format.XLSX ? new XlsxWorkbookWriter(out)
                : new CsvWorkbookWriter(out, kinds.size() > 1)) {
            for (ExportKind kind : kinds) {
                progress.subTask(kind.sheetName());
                String sheet = kind.sheetName();
                switch (kind) {
                    case MATRIX -> MatrixSheet.write(writer, sheet,
                            CodeDocumentMatrix.of(scope, options.value(), options.aggregateParents()), progress);
                    case ATTRIBUTES -> MatrixSheet.write(writer, "Codes x " + options.attribute(), CodeAttributeCrosstab
                            .of(scope, options.attribute(), options.value(), options.aggregateParents()), progress);
                    case COOCCURRENCE -> MatrixSheet.write(writer, sheet,
                            Cooccurrence.of(scope, options.mode(), options.distance()), progress);
                    case SEGMENTS -> SegmentSheet.write(writer, sheet, scope, progress);
                    case CODEBOOK -> CodebookSheet.write(writer, sheet, scope);
                }
                progress.worked(1);
            }
            List<String> notes = writer.notes();
            return new Report(writer.commit(), notes);
        }
    }

    /** One matrix computed elsewhere (a matrix coding query), on one sheet with its totals. */
    public static Report exportMatrix(Matrix matrix, String sheet, Format format, Path out, IProgressMonitor monitor)
            throws IOException {
        try (WorkbookWriter writer = format == Format.XLSX ? new XlsxWorkbookWriter(out)
                : new CsvWorkbookWriter(out, false)) {
            MatrixSheet.write(writer, sheet, matrix, monitor);
            List<String> notes = writer.notes();
            return new Report(writer.commit(), notes);
        }
    }
}

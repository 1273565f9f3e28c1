package tessera.ui.export;

import java.nio.file.Path;
import java.util.List;

import tessera.exchange.export.ExportKind;
import tessera.exchange.export.ExportOptions;
import tessera.exchange.export.Exporter;
import tessera.exchange.scope.ExportFilter;

/** What the Export wizard asks for: sheets, options, filter, format and file. */
public record ExportRequest(List<ExportKind> kinds, ExportOptions options, ExportFilter filter, Exporter.Format format,
        Path file) {
}

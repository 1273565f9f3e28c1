package tessera.exchange.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.exchange.scope.ExportScope;
import tessera.exchange.sheet.Cell;
import tessera.exchange.sheet.Column;
import tessera.exchange.sheet.WorkbookWriter;

/** The codebook: path, indented name, description, colour (as the cell's fill), codable, codings and documents. */
final class CodebookSheet {

    private CodebookSheet() {
    }

    static void write(WorkbookWriter out, String sheet, ExportScope scope) throws IOException {
        Map<Long, Integer> codings = new HashMap<>();
        Map<Long, Set<Long>> documents = new HashMap<>();
        for (Coding c : scope.codings()) {
            codings.merge(c.codeId(), 1, Integer::sum);
            documents.computeIfAbsent(c.codeId(), k -> new HashSet<>()).add(c.documentId());
        }
        out.startSheet(sheet, List.of(Column.of("Path", 36), Column.of("Code", 30), Column.of("Description", 60),
                Column.of("Colour", 10), Column.of("Codable", 9), Column.of("Codings", 9), Column.of("Documents", 10)));
        for (Code code : scope.codes()) {
            int depth = scope.codebook().depth(code.id());
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(scope.codebook().path(code.id())));
            row.add(Cell.text(code.name()).withIndent(depth));
            row.add(Cell.wrapped(code.description()));
            row.add(Cell.text(code.colour()).withFill(code.colour()));
            row.add(Cell.text(code.codable() ? "yes" : "no"));
            row.add(Cell.number(codings.getOrDefault(code.id(), 0)));
            row.add(Cell.number(documents.getOrDefault(code.id(), Set.of()).size()));
            out.row(row, depth);
        }
    }
}

import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;

import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.Batch;
import tessera.core.ops.CreateCode;
import tessera.core.store.CodingFilter;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;
import tessera.core.text.CodePointIndex;
import tessera.exchange.export.ExportKind;
import tessera.exchange.export.ExportOptions;
import tessera.exchange.export.Exporter;
import tessera.exchange.matrix.CodeDocumentMatrix;
import tessera.exchange.matrix.Matrix;
import tessera.exchange.matrix.MatrixValue;
import tessera.exchange.scope.ExportFilter;
import tessera.exchange.scope.ExportScope;

/**
 * Export benchmark. "build DIR SAMPLES" makes a project of 10,000 documents, 500 codes and 200,000 codings;
 * "export DIR" times Tessera's code x document matrix and segment sheet, each beside a bare SXSSF program writing
 * the same cells, and reports peak heap (run it with -Xmx512m: finishing proves the bound).
 */
public class ExportBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("build")) {
            build(dir.resolve("export.tessera"), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
        } else if (args[0].equals("bounded")) {
            bounded(dir);
        } else {
            export(dir);
        }
    }

    static void build(Path file, Path samples, int docs, int codes, int codings) throws Exception {
        Files.deleteIfExists(file);
        List<String> paras = new ArrayList<>();
        try (var files = Files.list(samples)) {
            for (Path p : files.sorted().toList()) {
                for (String para : Files.readString(p).split("\n\n")) {
                    if (!para.isBlank()) {
                        paras.add(para.strip());
                    }
                }
            }
        }
        Random rnd = new Random(2016);
        long t0 = System.nanoTime();
        try (ProjectStore s = ProjectStores.create(file, "Export benchmark", "bench")) {
            List<Operation> batch = new ArrayList<>();
            int[] lengths = new int[docs];
            for (int d = 0; d < docs; d++) {
                StringBuilder text = new StringBuilder();
                int k = rnd.nextInt(paras.size());
                for (int j = 0; j < 6; j++) {
                    text.append(paras.get((k + j) % paras.size())).append("\n\n");
                }
                lengths[d] = text.codePointCount(0, text.length());
                batch.add(new AddDocument(String.format("doc%05d", d), text.toString(), "zh", "txt"));
                if (batch.size() == 1000) {
                    s.apply(new Batch("documents", batch));
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                s.apply(new Batch("documents", batch));
            }
            List<Long> codeIds = new ArrayList<>();
            long parent = -1;
            for (int c = 0; c < codes; c++) {
                boolean top = c % 10 == 0;
                long id = s.apply(new CreateCode(top ? null : parent, "Code " + c)).inserted(Table.CODE);
                if (top) {
                    parent = id;
                }
                codeIds.add(id);
            }
            List<Document> documents = s.documents();
            batch = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            int made = 0;
            while (made < codings) {
                int d = rnd.nextInt(docs);
                int start = rnd.nextInt(Math.max(1, lengths[d] - 80));
                int end = start + 5 + rnd.nextInt(70);
                long code = codeIds.get(rnd.nextInt(codeIds.size()));
                if (!seen.add(d + ":" + start + ":" + end + ":" + code)) {
                    continue;
                }
                batch.add(new AddCoding(documents.get(d).id(), code, start, Math.min(end, lengths[d]),
                        rnd.nextBoolean() ? "Li Wei" : "Sato Yuki"));
                made++;
                if (batch.size() == 10_000) {
                    s.apply(new Batch("codings", batch));
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                s.apply(new Batch("codings", batch));
            }
        }
        System.out.printf("built %s: %d documents, %d codes, %d codings in %.1f s (%d MB)%n", file.getFileName(), docs, codes,
                codings, (System.nanoTime() - t0) / 1e9, Files.size(file) / (1024 * 1024));
    }

    static void export(Path dir) throws Exception {
        Path file = dir.resolve("export.tessera");
        try (ProjectStore s = ProjectStores.open(file, "bench")) {
            // Warm-up on a small export, so that neither side pays for class loading.
            Exporter.export(s, List.of(ExportKind.CODEBOOK), Exporter.Format.XLSX, dir.resolve("warm.xlsx"),
                    ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor());

            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            Exporter.export(s, List.of(ExportKind.MATRIX), Exporter.Format.XLSX, dir.resolve("matrix.xlsx"),
                    ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor());
            double tesseraMatrix = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            Exporter.export(s, List.of(ExportKind.SEGMENTS), Exporter.Format.XLSX, dir.resolve("segments.xlsx"),
                    ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor());
            double tesseraSegments = (System.nanoTime() - t0) / 1e9;
            long tesseraPeak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    tesseraPeak = Math.max(tesseraPeak, pool.getPeakUsage().getUsed());
                }
            }

            Matrix m = CodeDocumentMatrix.of(ExportScope.of(s, ExportFilter.ALL), MatrixValue.COUNT, false);
            t0 = System.nanoTime();
            bareMatrix(m, dir.resolve("matrix-bare.xlsx"));
            double bareMatrix = (System.nanoTime() - t0) / 1e9;
            long matrixCells = (long) (m.rows().size() + 2) * (m.columns().size() + 3); // header and total rows
            m = null;
            List<String[]> rows = segmentRows(s);
            t0 = System.nanoTime();
            bareRows(rows, dir.resolve("segments-bare.xlsx"));
            double bareSegments = (System.nanoTime() - t0) / 1e9;

            System.out.println("| export | cells | Tessera (s) | bare SXSSF, same cells (s) | ratio bare/Tessera |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf("| code x document matrix | %,d | %.2f | %.2f | %.2f |%n",
                    matrixCells, tesseraMatrix, bareMatrix, bareMatrix / tesseraMatrix);
            System.out.printf("| coded-segment review sheet | %,d | %.2f | %.2f | %.2f |%n",
                    (long) rows.size() * rows.get(0).length, tesseraSegments, bareSegments, bareSegments / tesseraSegments);
            System.out.printf("%nHeap: this run was capped at %d MB (-Xmx512m); the fullest heap pool reached %d MB during"
                    + " Tessera's exports, garbage included (a collector fills what it is given).%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), tesseraPeak / (1024 * 1024));
            System.out.printf("File sizes: matrix %d MB, segments %d MB.%n", Files.size(dir.resolve("matrix.xlsx")) >> 20,
                    Files.size(dir.resolve("segments.xlsx")) >> 20);
        }
    }

    /** Tessera's two exports alone, to be run under a small -Xmx: finishing shows the heap they need stays below it. */
    static void bounded(Path dir) throws Exception {
        try (ProjectStore s = ProjectStores.open(dir.resolve("export.tessera"), "bench")) {
            long t0 = System.nanoTime();
            Exporter.export(s, List.of(ExportKind.MATRIX, ExportKind.SEGMENTS), Exporter.Format.XLSX,
                    dir.resolve("bounded.xlsx"), ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor());
            System.out.printf("Tessera's matrix and segment sheet in one workbook also complete with -Xmx%d MB (%.1f s).%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The same cells as Tessera's matrix sheet, written by plain SXSSF with no styles. */
    static void bareMatrix(Matrix m, Path out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); FileOutputStream os = new FileOutputStream(out.toFile())) {
            SXSSFSheet sheet = wb.createSheet("Codes x documents");
            SXSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Code");
            header.createCell(1).setCellValue("Path");
            for (int c = 0; c < m.columns().size(); c++) {
                header.createCell(c + 2).setCellValue(m.columns().get(c));
            }
            for (int r = 0; r < m.rows().size(); r++) {
                SXSSFRow row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(m.rows().get(r).label());
                row.createCell(1).setCellValue(m.rows().get(r).path());
                for (int c = 0; c < m.columns().size(); c++) {
                    row.createCell(c + 2).setCellValue(m.cell(r, c));
                }
                row.createCell(m.columns().size() + 2).setCellValue(m.rowTotal(r));
            }
            wb.write(os);
        }
    }

    /** The segment sheet's cell values, computed up front for the bare writer. */
    static List<String[]> segmentRows(ProjectStore s) {
        List<String[]> rows = new ArrayList<>();
        var book = s.codebook();
        String text = null;
        CodePointIndex index = null;
        long doc = -1;
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        s.documents().forEach(d -> names.put(d.id(), d.name()));
        for (Coding c : s.codings(CodingFilter.ALL)) {
            if (c.documentId() != doc) {
                doc = c.documentId();
                text = s.text(doc);
                index = CodePointIndex.of(text);
            }
            int before = Math.max(0, c.start() - 40);
            int after = Math.min(index.codePointLength(), c.end() + 40);
            rows.add(new String[] {c.guid(), names.get(doc), "", "", "", book.path(c.codeId()), "Li Wei",
                Integer.toString(c.start()), Integer.toString(c.end()), CodePointIndex.slice(text, index, c.start(), c.end()),
                CodePointIndex.slice(text, index, before, c.start()), CodePointIndex.slice(text, index, c.end(), after), "",
                "", ""});
        }
        return rows;
    }

    static void bareRows(List<String[]> rows, Path out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); FileOutputStream os = new FileOutputStream(out.toFile())) {
            SXSSFSheet sheet = wb.createSheet("Coded segments");
            for (int r = 0; r < rows.size(); r++) {
                SXSSFRow row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (c == 7 || c == 8) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(os);
        }
    }
}

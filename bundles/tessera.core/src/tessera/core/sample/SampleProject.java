package tessera.core.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.AttributeType;
import tessera.core.model.Codebook;
import tessera.core.model.CodePath;
import tessera.core.model.Coding;
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddMemo;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.SetAttribute;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;
import tessera.core.text.CodePointIndex;
import tessera.core.text.LanguageGuess;
import tessera.core.text.PlainText;

/**
 * Builds the bundled sample project (texts on city diplomacy in Northeast Asia written for Tessera) through the
 * ordinary operations, so the sample has a real change log and every step of it can be undone.
 */
public final class SampleProject {

    public static final String NAME = "City diplomacy in Northeast Asia (sample)";
    private static final String ROOT = "/sample/";

    private SampleProject() {
    }

    /** Who the log says built the sample: not the user, whose undo would otherwise take the sample apart. */
    public static final String AUTHOR = "Tessera sample";

    /**
     * Creates the sample at {@code file}, which must not exist, and returns it open for {@code coder}, with nothing
     * to undo: the sample is built under {@link #AUTHOR}, and undo takes back only one's own changes.
     */
    public static ProjectStore create(Path file, String coder) throws IOException {
        try (ProjectStore store = ProjectStores.create(file, NAME, AUTHOR)) {
            Map<String, Long> docs = addDocuments(store);
            addCodebook(store);
            addCodings(store, docs);
            addMemos(store, docs);
        }
        return ProjectStores.open(file, coder);
    }

    private static Map<String, Long> addDocuments(ProjectStore store) throws IOException {
        Map<String, Long> ids = new HashMap<>();
        List<String[]> rows = rows("attributes.tsv");
        String[] attrs = {"country", "city", "year"};
        AttributeType[] types = {AttributeType.TEXT, AttributeType.TEXT, AttributeType.NUMBER};
        long[] attrIds = new long[attrs.length];
        for (int i = 0; i < attrs.length; i++) {
            attrIds[i] = store.apply(new DefineAttribute(attrs[i], types[i])).inserted(Table.ATTRIBUTE);
        }
        for (String[] row : rows) {
            String text = PlainText.normalize(read("documents/" + row[0] + ".txt"));
            long id = store.apply(new tessera.core.ops.AddDocument(row[0], text, LanguageGuess.of(text), "txt"))
                    .inserted(Table.DOCUMENT);
            ids.put(row[0], id);
            for (int i = 0; i < attrs.length; i++) {
                if (i + 1 < row.length && !row[i + 1].isBlank()) {
                    store.apply(new SetAttribute(id, attrIds[i], row[i + 1]));
                }
            }
        }
        return ids;
    }

    private static void addCodebook(ProjectStore store) throws IOException {
        for (String[] row : rows("codebook.tsv")) {
            List<String> path = CodePath.split(row[0]);
            Long parent = path.size() == 1 ? null
                    : store.codebook().byPath(CodePath.join(path.subList(0, path.size() - 1))).orElseThrow().id();
            boolean codable = row.length < 4 || !row[3].strip().equals("no");
            store.apply(new CreateCode(parent, path.get(path.size() - 1), row[1], row[2], codable));
        }
    }

    private static void addCodings(ProjectStore store, Map<String, Long> docs) throws IOException {
        Codebook book = store.codebook();
        for (String[] row : rows("codings.tsv")) {
            long doc = docs.get(row[2]);
            int[] range = find(store.text(doc), row[3], row[2]);
            store.apply(new AddCoding(doc, book.byPath(row[1]).orElseThrow().id(), range[0], range[1], row[0]));
        }
    }

    private static void addMemos(ProjectStore store, Map<String, Long> docs) throws IOException {
        for (String[] row : rows("memos.tsv")) {
            MemoTarget target = switch (row[0]) {
                case "project" -> MemoTarget.PROJECT;
                case "document" -> MemoTarget.document(docs.get(row[1]));
                case "code" -> MemoTarget.code(store.codebook().byPath(row[1]).orElseThrow().id());
                default -> {
                    String[] at = row[1].split("\\|", 2);
                    long doc = docs.get(at[0]);
                    int[] range = find(store.text(doc), at[1], at[0]);
                    Coding c = store.codings(CodingFilter.document(doc)).stream()
                            .filter(x -> x.start() == range[0] && x.end() == range[1]).findFirst().orElseThrow();
                    yield MemoTarget.coding(c.id());
                }
            };
            store.apply(new AddMemo(target, row[3], row[2]));
        }
    }

    /** The code-point range of the first occurrence of a passage. */
    static int[] find(String text, String passage, String document) {
        int at = text.indexOf(passage);
        if (at < 0) {
            throw new IllegalStateException("sample passage not found in " + document + ": " + passage);
        }
        CodePointIndex index = CodePointIndex.of(text);
        return new int[] {index.toCodePoint(at), index.toCodePoint(at + passage.length())};
    }

    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : read(resource).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SampleProject.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IOException("the sample resource " + resource + " is missing from tessera.core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

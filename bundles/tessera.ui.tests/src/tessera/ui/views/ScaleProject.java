package tessera.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import tessera.core.model.AttributeType;
import tessera.core.model.Document;
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.AddMemo;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.SetAttribute;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;

/**
 * The workbench benchmark's project: at scale 1, 10,000 documents of six sample paragraphs, 500 codes (50 categories
 * of 9 subcodes, all codable), 200,000 codings by three coders, the attributes country, city and year on every
 * document, and memos on a document in fifty and a coding in a hundred. The code "Code 1" holds a tenth of the
 * codings (20,000 segments), for the Coded Segments view. Smaller scales shrink every count alike.
 */
final class ScaleProject {

    static final String BIG_CODE = "Code 1";
    private static final String[] CODERS = {"Li Wei", "Sato Yuki", "Kim Minji"};
    private static final String[] COUNTRIES = {"China", "Japan", "Korea"};
    private static final String[] CITIES = {"Dalian", "Kitakyushu", "Incheon", "Qingdao", "Fukuoka", "Busan"};

    private ScaleProject() {
    }

    /** Builds the project into a new file; returns the number of codings it holds. */
    static int build(Path file, List<String> paragraphs, double scale) {
        int docs = Math.max(3, (int) (10_000 * scale));
        int codes = Math.max(20, (int) (500 * scale));
        int codings = Math.max(30, (int) (200_000 * scale));
        Random rnd = new Random(2016);
        try (ProjectStore s = ProjectStores.create(file.toString(), "Workbench benchmark", "bench")) {
            List<Operation> ops = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
                StringBuilder text = new StringBuilder();
                int k = rnd.nextInt(paragraphs.size());
                for (int j = 0; j < 6; j++) {
                    text.append(paragraphs.get((k + j) % paragraphs.size())).append("\n\n");
                }
                ops.add(new AddDocument(String.format("doc%05d", d), text.toString(), "zh", "txt"));
            }
            applyAll(s, ops);
            List<Document> documents = s.documents();
            long country = s.apply(new DefineAttribute("country", AttributeType.TEXT)).inserted(Table.ATTRIBUTE);
            long city = s.apply(new DefineAttribute("city", AttributeType.TEXT)).inserted(Table.ATTRIBUTE);
            long year = s.apply(new DefineAttribute("year", AttributeType.NUMBER)).inserted(Table.ATTRIBUTE);
            ops.clear();
            for (Document d : documents) {
                ops.add(new SetAttribute(d.id(), country, COUNTRIES[(int) (d.id() % 3)]));
                ops.add(new SetAttribute(d.id(), city, CITIES[(int) (d.id() % 6)]));
                ops.add(new SetAttribute(d.id(), year, Integer.toString(2000 + (int) (d.id() % 20))));
            }
            applyAll(s, ops);
            List<Long> codeIds = new ArrayList<>();
            long parent = -1;
            for (int c = 0; c < codes; c++) {
                boolean top = c % 10 == 0;
                long id = s.apply(new CreateCode(top ? null : parent, "Code " + c)).inserted(Table.CODE);
                parent = top ? id : parent;
                codeIds.add(id);
            }
            ops.clear();
            Set<String> seen = new HashSet<>();
            while (ops.size() < codings) {
                Document d = documents.get(rnd.nextInt(documents.size()));
                int start = rnd.nextInt(Math.max(1, d.length() - 80));
                int end = Math.min(d.length(), start + 5 + rnd.nextInt(70));
                long code = codeIds.get(rnd.nextInt(10) == 0 ? 1 : rnd.nextInt(codeIds.size()));
                String coder = CODERS[rnd.nextInt(CODERS.length)];
                if (seen.add(d.id() + ":" + start + ":" + end + ":" + code + ":" + coder)) {
                    ops.add(new AddCoding(d.id(), code, start, end, coder));
                }
            }
            applyAll(s, ops);
            ops.clear();
            for (int d = 0; d < documents.size(); d += 50) {
                ops.add(new AddMemo(MemoTarget.document(documents.get(d).id()), "Why this document matters " + d));
            }
            var all = s.codings(tessera.core.store.CodingFilter.ALL);
            for (int c = 0; c < all.size(); c += 100) {
                ops.add(new AddMemo(MemoTarget.coding(all.get(c).id()), "A note on this passage " + c));
            }
            applyAll(s, ops);
            return s.codingCount();
        }
    }

    private static void applyAll(ProjectStore s, List<Operation> ops) {
        for (int i = 0; i < ops.size(); i += 5_000) {
            s.applyEach(ops.subList(i, Math.min(ops.size(), i + 5_000)), (k, e) -> {
                throw new IllegalStateException("the benchmark project could not be built: " + e.getMessage(), e);
            });
        }
    }

    /** The sample's paragraphs (Chinese, English and Japanese), the documents' material. */
    static List<String> sampleParagraphs(ProjectStore sample) {
        List<String> paragraphs = new ArrayList<>();
        for (Document d : sample.documents()) {
            for (String p : sample.text(d.id()).split("\n\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        return paragraphs;
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}

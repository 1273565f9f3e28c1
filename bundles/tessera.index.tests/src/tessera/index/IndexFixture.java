package tessera.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tessera.core.model.Document;
import tessera.core.ops.AddDocument;
import tessera.core.sample.SampleProject;
import tessera.core.store.ProjectStore;
import tessera.core.store.Table;
import tessera.index.analysis.FoldedText;

/** The sample project plus a Korean text and, when ../shared is there, the reference article. */
final class IndexFixture {

    static final String KOREAN = "서울시는 부산시와 함께 동북아 도시 협력을 이끌어 왔다.\n"
            + "서울과 부산의 시민 교류는 문화와 관광에서 시작되었다. 서울시청은 국제 협력 부서를 두고 있다.";
    static final String MIXED = "城市外交 means city diplomacy.\n外交部门与城市\n外交 is split across two lines here.\n"
            + "全角ＡＢＣ and half-width abc, 𠮷田 and 吉田.";

    final ProjectStore store;
    final long korean;
    final long mixed;
    Long article;

    IndexFixture(Path dir) throws Exception {
        store = SampleProject.create(dir.resolve("p.tessera"), "tester");
        korean = store.apply(new AddDocument("서울과 부산", KOREAN, "ko", "txt")).inserted(Table.DOCUMENT);
        mixed = store.apply(new AddDocument("mixed", MIXED, "zh", "txt")).inserted(Table.DOCUMENT);
        Path reference = Path.of(System.getProperty("tessera.corpus",
                "../../../shared/corpus/city-diplomacy-cjk-2016.txt"));
        if (Files.isRegularFile(reference)) {
            String text = Files.readString(reference).replace("\r\n", "\n");
            article = store.apply(new AddDocument("city-diplomacy-cjk-2016", text, "zh", "txt")).inserted(Table.DOCUMENT);
        }
    }

    /**
     * The true occurrences of a literal in every document, as a regular expression over the folded texts finds
     * them: a CJK literal anywhere, a Latin one wherever no letter, digit or mark continues it. What a search must
     * count.
     */
    List<int[]> occurrences(String literal) {
        List<int[]> out = new ArrayList<>();
        for (Document d : store.documents()) {
            for (int[] span : occurrencesIn(literal, store.text(d.id()), 0)) {
                out.add(new int[] {(int) d.id(), span[0], span[1]});
            }
        }
        out.sort(java.util.Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1]));
        return out;
    }

    /** The same rule in one text that starts at code point {@code start} of its document: [start, end) pairs. */
    static List<int[]> occurrencesIn(String literal, String text, int start) {
        String needle = FoldedText.fold(literal);
        boolean latinStart = wordChar(needle.codePointAt(0));
        boolean latinEnd = wordChar(needle.codePointBefore(needle.length()));
        Pattern p = Pattern.compile((latinStart ? "(?<![\\p{L}\\p{N}\\p{M}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]])" : "")
                + Pattern.quote(needle)
                + (latinEnd ? "(?![\\p{L}\\p{N}\\p{M}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]])" : ""));
        List<int[]> out = new ArrayList<>();
        FoldedText folded = FoldedText.of(text, start);
        Matcher m = p.matcher(folded.folded());
        int from = 0;
        while (m.find(from)) {
            out.add(new int[] {folded.codePointAt(m.start()), folded.endCodePoint(m.end())});
            // on by a code point: a find from the low half of 𠮷 matched 𠮷田 a second time
            from = m.start() + Character.charCount(folded.folded().codePointAt(m.start()));
        }
        return out;
    }

    /** A letter, digit or mark of a space-separated script: such an edge of a literal needs a word boundary. */
    private static boolean wordChar(int cp) {
        return String.valueOf(Character.toChars(cp)).matches("[\\p{L}\\p{N}\\p{M}]")
                && !tessera.index.analysis.Scripts.isCjk(cp);
    }

    /** How often a regular expression matches the folded texts of all documents. */
    int count(String regex) {
        Pattern p = Pattern.compile(regex);
        int n = 0;
        for (Document d : store.documents()) {
            Matcher m = p.matcher(FoldedText.of(store.text(d.id()), 0).folded());
            while (m.find()) {
                n++;
            }
        }
        return n;
    }
}

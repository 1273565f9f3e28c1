package tessera.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tessera.core.text.CodePointIndex;
import tessera.index.analysis.FoldedText;

/** Every hit is an exact occurrence, and every occurrence is a hit, in Chinese, Japanese, Korean and English. */
class SearchExactnessTest extends IndexTestBase {

    private SearchResult search(String q) {
        return index.search(q, new SearchOptions(SearchOptions.Unit.DOCUMENT, Integer.MAX_VALUE));
    }

    /** The hits are the scan's occurrences, one for one, and each hit's range holds the query's text. */
    private void exact(String literal) {
        SearchResult r = search(literal.contains(" ") ? "\"" + literal + "\"" : literal);
        List<int[]> truth = f.occurrences(literal);
        assertEquals(truth.size(), r.total(), literal + ": hits against true occurrences");
        for (int i = 0; i < truth.size(); i++) {
            Hit h = r.hits().get(i);
            assertEquals(truth.get(i)[0], h.documentId(), literal);
            assertEquals(truth.get(i)[1], h.start(), literal);
            assertEquals(truth.get(i)[2], h.end(), literal);
            String text = f.store.text(h.documentId());
            String slice = CodePointIndex.slice(text, CodePointIndex.of(text), h.start(), h.end());
            assertEquals(FoldedText.fold(literal), FoldedText.fold(slice), "the hit's range holds the query");
            assertEquals(slice, h.text());
        }
    }

    @Test
    void chineseLiteralsOfOneToFourCharacters() {
        for (String q : List.of("城", "城市", "外交", "城市外交", "合作", "地方政府", "经济全球化", "友好城市", "北九州")) {
            exact(q);
        }
        assertTrue(search("外交").total() >= 3, "a two-character word inside 城市外交 and 外交部门 is found");
    }

    @Test
    void japaneseKoreanAndEnglish() {
        for (String q : List.of("環境協力", "北九州市", "さん", "서울", "협력", "부산", "city", "cities", "Fukuoka",
                "sister cities", "two cities")) {
            exact(q);
        }
        assertTrue(search("서울").total() >= 3, "서울 inside 서울시는 and 서울시청 and alone");
        assertEquals(0, search("cit").total(), "a Latin literal matches whole words only");
    }

    @Test
    void widthCaseAndCharactersOutsideTheBmp() {
        exact("abc"); // full-width ＡＢＣ folds to abc
        exact("ABC");
        exact("\uD842\uDFB7田");
        SearchResult r = search("\uD842\uDFB7田");
        Hit h = r.hits().get(0);
        assertEquals(2, h.end() - h.start(), "two code points, three UTF-16 units");
    }

    @Test
    void nothingIsFoundAcrossALineBreakAndNothingIsLostAtParagraphEdges() {
        // "城市\n外交": the text never holds 城市外交 there, so only the two real occurrences count
        exact("城市外交");
        exact("外交");
        // words in different paragraphs: one document, but no paragraph, holds both
        SearchResult doc = search("diplomacy AND 外交部门");
        assertTrue(doc.total() > 0);
        SearchResult paragraph = index.search("diplomacy AND 外交部门", new SearchOptions(SearchOptions.Unit.PARAGRAPH,
                100));
        assertEquals(0, paragraph.total());
    }

    @Test
    void theReferenceArticleWhenPresent() {
        assumeTrue(f.article != null, "skipped: the reference article (../shared/corpus) is not beside this checkout");
        for (String q : List.of("城市外交", "中日韩", "友好城市", "地方政府", "全球化", "日本", "韩国", "合作机制", "北九州",
                "环境", "的", "动力", "东亚")) {
            exact(q);
        }
    }

    @Test
    void prefixWildcardAndPhraseProximity() {
        SearchResult prefix = search("cit*");
        assertTrue(prefix.hits().stream().allMatch(h -> h.text().toLowerCase().startsWith("cit")), "prefix hits");
        assertEquals(f.count("(?<![\\p{L}\\p{N}])cit[\\p{L}\\p{N}]*"), prefix.total());
        SearchResult wildcard = search("c?ty");
        assertEquals(f.occurrences("city").size(), wildcard.total());
        SearchResult near = search("Busan NEAR/3 Fukuoka");
        assertTrue(near.units() > 0);
        SearchResult far = search("\"Busan Strait\"~2");
        assertEquals(0, far.units(), "Busan and Strait are more than two words apart");
    }

    @Test
    void countsFromThePostingsEqualTheVerifiedCounts() {
        // large corpora take this path; here it is forced and checked against the scan
        for (String q : List.of("城", "城市", "城市外交", "外交", "経済", "環境協力", "서울", "협력", "地方政府")) {
            SearchResult r = index.search(q, new SearchOptions(SearchOptions.Unit.DOCUMENT, 3).verifyingUpTo(0));
            List<int[]> truth = f.occurrences(q);
            assertEquals(truth.size(), r.total(), q);
            assertEquals(Math.min(3, truth.size()), r.hits().size(), q);
            for (int i = 0; i < r.hits().size(); i++) {
                Hit h = r.hits().get(i);
                assertEquals(List.of(truth.get(i)[0], truth.get(i)[1], truth.get(i)[2]),
                        List.of((int) h.documentId(), h.start(), h.end()), q + ": the first hits in document order");
            }
        }
        SearchResult both = index.search("城市 AND 合作", new SearchOptions(SearchOptions.Unit.DOCUMENT, 1).verifyingUpTo(0));
        assertEquals(index.search("城市 AND 合作", SearchOptions.DEFAULT.verifyingUpTo(Integer.MAX_VALUE)).total(),
                both.total());
    }
}

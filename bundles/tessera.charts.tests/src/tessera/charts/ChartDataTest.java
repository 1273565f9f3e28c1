package tessera.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.exchange.matrix.MatrixValue;
import tessera.index.WordFrequencies;

/** The numbers behind each chart, against the counts {@link ChartProject} describes. */
class ChartDataTest {

    @TempDir
    Path dir;
    ChartProject p;

    @BeforeEach
    void project() {
        p = new ChartProject(dir);
    }

    @AfterEach
    void close() {
        p.close();
    }

    @Test
    void codesByAttributeCountsEachShownCodeWithItsSubcodesPerValue() {
        CategoryData d = BarData.codesByAttribute(p.data(), ChartRequest.of(ChartKind.CODES_BY_ATTRIBUTE)
                .withAttribute("Country"));
        assertEquals(List.of("Drivers", "Modes"), d.series(), "no code chosen: the top-level codes");
        assertEquals(List.of("China", "Japan", "Korea"), d.categories());
        assertEquals(1, d.value("Drivers", "China"));
        assertEquals(3, d.value("Drivers", "Japan"));
        assertEquals(1, d.value("Drivers", "Korea"));
        assertEquals(2, d.value("Modes", "Korea"));
        assertEquals(0, d.value("Modes", "Japan"));
        CategoryData drivers = BarData.codesByAttribute(p.data(), ChartRequest.of(ChartKind.CODES_BY_ATTRIBUTE)
                .withAttribute("Country").withCodes(Set.of(p.drivers)));
        assertEquals(List.of("全球", "Local"), drivers.series(), "one parent chosen: its subcodes");
        assertEquals(2, drivers.value("全球", "Japan"));
        CategoryData chars = BarData.codesByAttribute(p.data(), ChartRequest.of(ChartKind.CODES_BY_ATTRIBUTE)
                .withAttribute("Country").withBars(MatrixValue.CHARACTERS, true, false));
        assertEquals(30, chars.value("Drivers", "Japan"));
        assertEquals(5, chars.value("Drivers", "Korea"));
        assertEquals(6 + 10, chars.value("Modes", "Korea"));
        CategoryData onlyJapan = BarData.codesByAttribute(p.data(), ChartRequest.of(ChartKind.CODES_BY_ATTRIBUTE)
                .withAttribute("Country").withDocuments(Set.of(p.jp, p.kr)).withBars(MatrixValue.COUNT, false, true));
        assertEquals(0, onlyJapan.value("Drivers", "China"), "China's document is not chosen");
        assertEquals(3, onlyJapan.value("Drivers", "Japan"), "one document with Japan: 3 per document");
        assertEquals(3, BarData.codesByAttribute(p.data(), ChartRequest.of(ChartKind.CODES_BY_ATTRIBUTE)
                .withAttribute("Country")).segments()[0][1].get().size(), "a bar's segments: Drivers in Japan");
        assertThrows(IllegalArgumentException.class, () -> BarData.codesByAttribute(p.data(),
                ChartRequest.of(ChartKind.CODES_BY_ATTRIBUTE)));
    }

    @Test
    void codeFrequenciesCountEveryCodeWithItsSubcodes() {
        CategoryData d = BarData.codeFrequencies(p.data(), ChartRequest.of(ChartKind.CODE_FREQUENCIES));
        assertEquals(List.of("Drivers", "全球", "Local", "Modes"), d.categories());
        assertEquals(List.of(5.0, 3.0, 2.0, 2.0), java.util.Arrays.stream(d.values()[0]).boxed().toList());
    }

    @Test
    void hierarchyHoldsOwnAndTotalCounts() {
        List<CodeTree> roots = CodeTree.of(p.data(), null, null);
        assertEquals(2, roots.size());
        CodeTree drivers = roots.get(0);
        assertEquals(0, drivers.own());
        assertEquals(5, drivers.total());
        assertEquals(List.of(3L, 2L), drivers.children().stream().map(CodeTree::total).toList());
        assertEquals(2, CodeTree.of(p.data(), null, Set.of(p.jp)).get(0).children().get(0).total());
    }

    @Test
    void cooccurrenceEdgesCountOverlappingPairs() {
        CodeGraph g = CodeGraph.of(p.data(), null, null);
        assertEquals(3, g.nodes().size());
        assertEquals(1, g.weight(p.global, p.modes), "kr: 全球 [0,5) and Modes [3,9)");
        assertEquals(0, g.weight(p.global, p.local), "[20,30) and [40,50) only come near");
        assertEquals(1, g.edges().size());
        p.coding(p.kr, p.local, 4, 45); // overlaps 全球 [0,5), Modes [3,9) and Modes [40,50)
        CodeGraph more = CodeGraph.of(p.data(), null, null);
        assertEquals(2, more.weight(p.local, p.modes));
        assertEquals(1, more.weight(p.local, p.global));
    }

    @Test
    void portraitRowsFollowTheCodebookWithTheDocumentsLength() {
        Codeline line = Codeline.of(p.data(), p.jp, null);
        assertEquals("Kitakyushu and Dalian cooperate on the environment. Trade follows.".length(), line.length());
        assertEquals(List.of("Drivers/全球", "Drivers/Local"), line.rows().stream().map(Codeline.Row::path).toList());
        assertEquals(List.of(new Codeline.Bar(0, 10, line.rows().get(0).bars().get(0).coderId()),
                new Codeline.Bar(20, 30, line.rows().get(0).bars().get(0).coderId())), line.rows().get(0).bars());
        assertEquals(21, Codeline.of(p.data(), p.cn, null).length(), "code points: 𠮷 counts once");
    }

    @Test
    void wordCloudCountsWordsInTheChosenDocumentsOrCodes() {
        List<WordFrequencies.Word> words = WordCloudData.of(p.data(), null, Set.of(p.jp, p.kr));
        assertTrue(words.stream().anyMatch(w -> w.word().equals("busan") && w.count() == 1), words.toString());
        List<WordFrequencies.Word> coded = WordCloudData.of(p.data(), Set.of(p.modes), null);
        // Modes covers "an and" [3,9) and "Exchange k" [40,50) of Busan's text: none of Kitakyushu's words
        assertTrue(coded.stream().noneMatch(w -> w.word().equals("kitakyushu")), coded.toString());
        assertTrue(coded.stream().anyMatch(w -> w.word().equals("exchange")), coded.toString());
    }
}

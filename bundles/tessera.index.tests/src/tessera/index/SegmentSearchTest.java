package tessera.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.store.CodingFilter;
import tessera.core.store.Table;
import tessera.core.text.CodePointIndex;

/**
 * Searches within coded segments, each decided on its stored text: every count is checked against the segments'
 * texts as a regular expression reads them, for literals drawn at random from random segments (cut words, line
 * breaks and all), under AND, NOT and OR with code and coder filters; proximity, cut words and word: queries.
 */
class SegmentSearchTest extends IndexTestBase {

    private static final String PROXIMITY = "alpha beta gamma delta epsilon\nzeta alpha eta";

    private final Random random = new Random(20261201);
    private long proximity;

    @Override
    void prepare() {
        proximity = f.store.apply(new AddDocument("proximity", PROXIMITY, "en", "txt")).inserted(Table.DOCUMENT);
        List<Code> codes = codable();
        List<Document> documents = f.store.documents().stream().filter(d -> d.id() != proximity).toList();
        int added = 0;
        while (added < 400) {
            Document d = documents.get(random.nextInt(documents.size()));
            int length = length(f.store.text(d.id()));
            int start = random.nextInt(length - 1);
            int end = Math.min(length, start + 1 + random.nextInt(80));
            try {
                f.store.apply(new AddCoding(d.id(), codes.get(random.nextInt(codes.size())).id(), start, end));
                added++;
            } catch (RuntimeException alreadyCoded) {
                // the same passage drawn twice for one code: draw again
            }
        }
    }

    private List<Code> codable() {
        return f.store.codebook().inOrder().stream().filter(Code::codable).toList();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private SearchResult search(String q) {
        return index.search(q, new SearchOptions(SearchOptions.Unit.DOCUMENT, 100_000));
    }

    /** A segment with its text, as the regular expression reads it. */
    private record Segment(Coding coding, String text, String coder, Set<Long> codes) {
        List<int[]> occurrences(String literal) {
            return IndexFixture.occurrencesIn(literal, text, coding.start());
        }
    }

    private List<Segment> segments() {
        var coders = f.store.coderNames();
        List<Segment> out = new ArrayList<>();
        for (Coding c : f.store.codings(new CodingFilter(null, null, null))) {
            String text = f.store.text(c.documentId());
            Set<Long> codes = new java.util.HashSet<>();
            for (Code code : f.store.codebook().inOrder()) {
                if (f.store.codebook().isSelfOrAncestor(code.id(), c.codeId())) {
                    codes.add(code.id());
                }
            }
            out.add(new Segment(c, CodePointIndex.slice(text, CodePointIndex.of(text), c.start(), c.end()),
                    coders.get(c.coderId()), codes));
        }
        return out;
    }

    /** A literal drawn from a random segment: 1 to 12 code points of it, anywhere, stripped. */
    private String literal(List<Segment> segments) {
        while (true) {
            String text = segments.get(random.nextInt(segments.size())).text();
            int n = length(text);
            int from = random.nextInt(n);
            int to = Math.min(n, from + 1 + random.nextInt(12));
            CodePointIndex index = CodePointIndex.of(text);
            String literal = CodePointIndex.slice(text, index, from, to).strip();
            if (!literal.isEmpty() && literal.indexOf('"') < 0) {
                return literal;
            }
        }
    }

    @Test
    void literalsWithCodeAndCoderFiltersCountExactlyWhatTheSegmentsHold() {
        List<Segment> segments = segments();
        List<Code> codes = f.store.codebook().inOrder();
        int nonEmpty = 0;
        for (int i = 0; i < 60; i++) {
            String literal = literal(segments);
            Code code = codes.get(random.nextInt(codes.size()));
            String path = f.store.codebook().path(code.id());
            String quoted = "\"" + literal + "\"";

            List<int[]> expected = new ArrayList<>();
            int units = 0;
            int without = 0;
            for (Segment s : segments) {
                if (s.codes().contains(code.id())) {
                    List<int[]> found = s.occurrences(literal);
                    found.forEach(o -> expected.add(new int[] {(int) s.coding().documentId(), o[0], o[1]}));
                    units += found.isEmpty() ? 0 : 1;
                    without += found.isEmpty() ? 1 : 0;
                }
            }
            String q = quoted + " AND code:\"" + path + "\"";
            SearchResult r = search(q);
            assertEquals(expected.size(), r.total(), q);
            assertEquals(units, r.units(), q);
            assertEquals(spans(expected), spans(r.hits().stream().map(h -> new int[] {(int) h.documentId(),
                    h.start(), h.end()}).toList()), q);
            nonEmpty += expected.isEmpty() ? 0 : 1;

            String not = "code:\"" + path + "\" AND NOT " + quoted;
            assertEquals(without, search(not).total(), not + ": each segment without it, whole");
            assertEquals(without, search(not).units(), not);

            String or = quoted + " OR coder:tester";
            int orTotal = 0;
            for (Segment s : segments) {
                int n = s.occurrences(literal).size();
                orTotal += n > 0 ? n : "tester".equals(s.coder()) ? 1 : 0;
            }
            assertEquals(orTotal, search(or).total(), or + ": a tester's segment without it counts once, whole");
        }
        assertTrue(nonEmpty > 30, "most literals are found in a segment of the code drawn: " + nonEmpty);
    }

    private static List<String> spans(List<int[]> spans) {
        return spans.stream().sorted(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1]))
                .map(o -> o[0] + ":" + o[1] + "-" + o[2]).toList();
    }

    @Test
    void aWordCutByASegmentsEdgeIsFoundInThatSegmentAndTheWholeWordIsNot() {
        String text = "an economic agenda\n";
        long doc = f.store.apply(new AddDocument("cut", text, "en", "txt")).inserted(Table.DOCUMENT);
        Code roles = f.store.codebook().byPath("Roles").orElseThrow();
        f.store.apply(new AddCoding(doc, roles.id(), 4, 11)); // "conomic"
        assertEquals(1, search("conomic AND code:Roles AND doc:cut").total(), "the segment's own text shows it whole");
        assertEquals(0, search("conomic").total(), "the document does not");
        assertEquals(0, search("economic AND code:Roles AND doc:cut").total());
    }

    @Test
    void proximityIsDecidedWithinEachSegmentsOwnText() {
        Code roles = f.store.codebook().byPath("Roles").orElseThrow();
        f.store.apply(new AddCoding(proximity, roles.id(), 0, 22)); // alpha beta gamma delta
        f.store.apply(new AddCoding(proximity, roles.id(), 31, 45)); // zeta alpha eta
        assertEquals(2, search("\"alpha delta\"~2 AND code:Roles AND doc:proximity").total());
        assertEquals(0, search("\"alpha delta\"~1 AND code:Roles AND doc:proximity").total());
        assertEquals(2, search("alpha NEAR/3 delta AND code:Roles AND doc:proximity").total(),
                "both words, in the first segment");
        assertEquals(0, search("alpha NEAR/3 epsilon AND code:Roles AND doc:proximity").total(),
                "epsilon lies outside every segment");
        SearchResult either = search("(alpha NEAR/1 zeta OR alpha NEAR/1 eta) AND code:Roles AND doc:proximity");
        assertEquals(1, either.units(), "the second segment only: the first holds alpha, but neither word near it");
        assertEquals(List.of("zeta", "alpha", "eta"), either.hits().stream().map(Hit::text).toList());
    }

    @Test
    void wordsAreSegmentedInTheSegmentsOwnText() {
        Code roles = f.store.codebook().byPath("Roles").orElseThrow();
        f.store.apply(new AddCoding(proximity, roles.id(), 0, 30));
        long doc = f.store.apply(new AddDocument("cities", "two cities and a city\n", "en", "txt"))
                .inserted(Table.DOCUMENT);
        f.store.apply(new AddCoding(doc, roles.id(), 17, 21));
        SearchResult r = search("word:cities AND code:Roles AND (doc:cities OR doc:proximity)");
        assertEquals(1, r.total(), "stemmed: city");
        assertEquals("city", r.hits().get(0).text());
    }
}

package tessera.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.ops.AddCoding;
import tessera.core.ops.RemoveCoding;
import tessera.core.ops.RemoveDocument;
import tessera.core.ops.RenameCode;
import tessera.core.ops.SetAttribute;
import tessera.core.store.CodingFilter;
import tessera.index.query.QuerySyntaxException;

/** Filters on codes, coders, documents and attributes; following the change log; the index's lifecycle. */
class SearchFiltersAndLifecycleTest extends IndexTestBase {

    private SearchResult search(String q) {
        return index.search(q, new SearchOptions(SearchOptions.Unit.DOCUMENT, 10_000));
    }

    private Code roles() {
        return f.store.codebook().byPath("Roles").orElseThrow();
    }

    private long cityAttribute() {
        return f.store.attributes().stream().filter(a -> a.name().equals("city")).findFirst().orElseThrow().id();
    }

    /** Where 서울시청 (Seoul City Hall) starts in the Korean text, in code points. */
    private int seoulCityHall() {
        String text = f.store.text(f.korean);
        return text.codePointCount(0, text.indexOf("서울시청"));
    }

    private boolean insideCodingOf(Hit h, Set<Long> codes) {
        return f.store.codings(new CodingFilter(h.documentId(), codes, null)).stream()
                .anyMatch(c -> c.start() <= h.start() && h.end() <= c.end());
    }

    @Test
    void textAndCodeFiltersCombine() {
        Code local = f.store.codebook().byPath("Drivers/Local").orElseThrow();
        SearchResult r = search("城市 AND code:\"Drivers/Local\"");
        assertTrue(r.total() > 0);
        assertEquals("segment", r.unit());
        assertTrue(r.hits().stream().allMatch(h -> insideCodingOf(h, Set.of(local.id()))), "hits lie in Local codings");
        SearchResult parent = search("城市 AND code:Drivers");
        assertTrue(parent.total() >= r.total(), "a parent code takes its subcodes' segments");
        SearchResult notLocal = search("城市 AND code:Drivers AND NOT code:\"Drivers/Local\"");
        assertEquals(parent.total(), notLocal.total() + r.total());
        SearchResult byCoder = search("code:Constraints AND coder:\"Sato Yuki\"");
        long sato = f.store.coderByName("Sato Yuki").orElseThrow().id();
        Code constraints = f.store.codebook().byPath("Constraints").orElseThrow();
        assertEquals(f.store.codings(new CodingFilter(null, Set.of(constraints.id()), sato)).size(), byCoder.total(),
                "a query of filters only lists its segments");
    }

    @Test
    void aLargeCodingChangeIsIndexedWholeAndTakenBackWhole() {
        // past UnitIndexer.PARALLEL_FROM segments, a change's units are built on every core
        Code roles = roles();
        int before = search("code:Roles").total();
        List<tessera.core.store.Operation> ops = new java.util.ArrayList<>();
        for (tessera.core.model.Document d : f.store.documents()) {
            int length = f.store.text(d.id()).codePointCount(0, f.store.text(d.id()).length());
            for (int start = 0; start + 2 <= length && ops.size() < 600; start += 2) {
                ops.add(new AddCoding(d.id(), roles.id(), start, start + 2));
            }
        }
        assertEquals(600, ops.size(), "the sample (without the reference article) is long enough for the test");
        f.store.apply(new tessera.core.ops.Batch(tessera.core.model.Label.of("batch.autocode", 600, "Roles"), ops));
        SearchResult all = search("code:Roles");
        assertEquals(f.store.codings(new CodingFilter(null, Set.of(roles.id()), null)).size(), all.total());
        assertTrue(all.total() >= before + 600);
        f.store.undo();
        assertEquals(before, search("code:Roles").total(), "undo takes the 600 segments out of the index");
    }

    @Test
    void documentAndAttributeFilters() {
        SearchResult japan = search("協力 AND attr:country=Japan");
        assertTrue(japan.total() > 0);
        long kitakyushu = f.store.documentByName("北九州市の国際環境協力").orElseThrow().id();
        assertTrue(japan.hits().stream().allMatch(h -> h.documentId() == kitakyushu));
        SearchResult named = search("city AND doc:\"notes from a busan-fukuoka exchange\"");
        assertTrue(named.total() > 0 && named.hits().stream().map(Hit::documentId).distinct().count() == 1);
        SearchResult korean = search("lang:ko");
        assertEquals(1, korean.units());
        f.store.apply(new tessera.core.ops.SetDocumentLanguage(f.korean, "ja"));
        assertEquals(0, search("lang:ko").units(), "an overridden language reindexes the document");
        assertEquals(1, search("lang:ja AND 서울").units());
    }

    @Test
    void codingUncodingRenamingAndRemovingFollowTheLogWithoutARebuild() {
        Code roles = roles();
        int before = search("code:Roles").total();
        int at = seoulCityHall();
        long coding = f.store.apply(new AddCoding(f.korean, roles.id(), at, at + 4)).inserted(
                tessera.core.store.Table.CODING);
        assertEquals(before + 1, search("code:Roles").total());
        assertEquals(1, search("서울 AND code:Roles").total(), "the new segment's text is searchable");

        f.store.apply(new RenameCode(roles.id(), "Actors"));
        assertEquals(before + 1, search("code:Actors").total(), "segments follow a renamed code");
        assertEquals(0, search("code:Roles").total());

        f.store.apply(new RemoveCoding(coding));
        assertEquals(before, search("code:Actors").total());

        f.store.apply(new SetAttribute(f.korean, cityAttribute(), "Seoul"));
        assertEquals(1, search("서울 AND attr:city=seoul").units());

        f.store.apply(new RemoveDocument(f.korean));
        assertEquals(0, search("서울").total());
        f.store.undo();
        assertTrue(search("서울").total() > 0, "undo brings the document back into the index");
    }

    /**
     * Codings are indexed from the row images of their changes, not read back from the project: an index that
     * catches up a coding, its resizing and its removal (made while it was closed) replays each image in order and
     * ends with the project's state, as it does a coding and its code's renaming.
     */
    @Test
    void catchingUpReplaysEachCodingChangeFromItsImageInOrder() {
        Code roles = roles();
        int before = search("code:Roles").total();
        int at = seoulCityHall();
        index.close();
        long gone = f.store.apply(new AddCoding(f.korean, roles.id(), at, at + 2)).inserted(
                tessera.core.store.Table.CODING);
        f.store.apply(new tessera.core.ops.ResizeCoding(gone, at, at + 4));
        f.store.apply(new RemoveCoding(gone));
        long kept = f.store.apply(new AddCoding(f.korean, roles.id(), at, at + 4)).inserted(
                tessera.core.store.Table.CODING);
        f.store.apply(new RenameCode(roles.id(), "Actors"));
        index = ProjectIndex.open(f.store);
        assertEquals("current", index.openedBecause(), "caught up, not rebuilt");
        assertEquals(0, search("code:Roles").total());
        assertEquals(before + 1, search("code:Actors").total(), "the removed coding left no unit behind");
        SearchResult seoul = search("서울시청 AND code:Actors");
        assertEquals(1, seoul.units(), "the kept coding's segment, under the code's new name");
        assertTrue(f.store.coding(kept).isPresent());
    }

    /**
     * The index follows the project on a thread of its own and may lag behind: a document it indexes then has the
     * codings of later entries already, whose own insert must not give their segments a second unit.
     */
    @Test
    void codingsCommittedWhileTheIndexLagsGetOneSegmentEach() throws Exception {
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        index.onFollowingThread(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Code roles = roles();
        long doc = f.store.apply(new tessera.core.ops.AddDocument("lag", "a lagging index\n", "en", "txt"))
                .inserted(tessera.core.store.Table.DOCUMENT);
        f.store.apply(new AddCoding(doc, roles.id(), 2, 9));
        f.store.apply(new RenameCode(roles.id(), "Actors"));
        f.store.apply(new AddCoding(doc, roles.id(), 10, 15));
        gate.countDown();
        assertEquals(2, search("code:Actors AND doc:lag").total(), "one unit for each of the two codings");
        assertEquals(1, search("lagging AND code:Actors AND doc:lag").total());
    }

    /** The index keeps what it reads for each change (codebook, coders, attributes) until a change alters it. */
    @Test
    void aCodingAfterARenameAndAnAttributeChangeCarriesTheNewOnes() {
        Code roles = roles();
        f.store.apply(new AddCoding(f.korean, roles.id(), 0, 2));
        assertEquals(1, search("code:Roles AND doc:\"서울과 부산\"").units());
        f.store.apply(new RenameCode(roles.id(), "Actors"));
        f.store.apply(new SetAttribute(f.korean, cityAttribute(), "Busan"));
        f.store.apply(new AddCoding(f.korean, roles.id(), 5, 8));
        assertEquals(2, search("code:Actors AND attr:city=busan AND doc:\"서울과 부산\"").units(),
                "the earlier segment and the new one, under the new name and value");
    }

    @Test
    void reopeningUsesTheIndexCatchesUpAndRebuildsWhatIsBroken() throws Exception {
        int units = index.units();
        index.close();
        index = ProjectIndex.open(f.store);
        assertEquals("current", index.openedBecause());
        assertEquals(units, index.units());

        index.close();
        Code roles = roles();
        f.store.apply(new AddCoding(f.korean, roles.id(), 0, 3)); // while the index is closed
        index = ProjectIndex.open(f.store);
        assertEquals("current", index.openedBecause(), "behind by one change: caught up, not rebuilt");
        assertEquals(f.store.lastSeq(), index.seq());
        assertTrue(search("서울시 AND code:Roles").total() > 0);

        index.close();
        Path dir = ProjectIndex.directoryOf(f.store.path());
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        index = ProjectIndex.open(f.store);
        assertTrue(index.openedBecause().startsWith("unreadable") || index.openedBecause().equals("missing"),
                index.openedBecause());
        assertEquals(units + 1, index.units(), "rebuilt from the project");

        index.close();
        ProjectIndex.deleteTree(dir);
        index = ProjectIndex.open(f.store);
        assertEquals("missing", index.openedBecause());
        assertTrue(search("城市").total() > 0);
    }

    @Test
    void malformedQueriesSayWhatAndWhere() {
        record Case(String query, String says, int column) {
        }
        for (Case c : List.of(new Case("\"城市 外交", "quote", 1), new Case("(城市 OR 外交", "never closed", 1),
                new Case("城市 AND", "needs something after it", 4), new Case("foo:bar", "unknown field 'foo'", 1),
                new Case("*城市", "wildcard", 1), new Case("城市 )", "without its '('", 4),
                new Case("\"a b\"~x", "number", 7), new Case("", "empty", 1), new Case("code: x", "value", 6))) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(c.query()), c.query());
            assertTrue(e.getMessage().contains(c.says()), c.query() + " -> " + e.getMessage());
            assertEquals(c.column(), e.column(), c.query() + " -> " + e.getMessage());
        }
    }

    @Test
    void wordQueriesUseSegmentationAndStemming() {
        SearchResult cities = search("word:cities");
        assertTrue(cities.hits().stream().anyMatch(h -> h.text().equalsIgnoreCase("city")), "stemmed: city");
        assertTrue(cities.hits().stream().anyMatch(h -> h.text().equalsIgnoreCase("cities")));
        SearchResult zh = search("word:城市");
        assertTrue(zh.total() > 0);
        assertTrue(zh.hits().stream().allMatch(h -> h.text().equals("城市")), "SmartChinese word hits");
    }

    @Test
    void aCancelledBuildLeavesNoIndexAndEveryAnalyzerWorking() throws Exception {
        index.close();
        for (int i = 0; i < 60; i++) {
            f.store.apply(new tessera.core.ops.AddDocument("extra " + i, "北九州市の国際協力 " + i + "\n서울과 부산 " + i,
                    "ja", "txt"));
        }
        ProjectIndex.deleteTree(ProjectIndex.directoryOf(f.store.path()));
        org.eclipse.core.runtime.NullProgressMonitor cancelSoon = new org.eclipse.core.runtime.NullProgressMonitor() {
            private int worked;

            @Override
            public void worked(int work) {
                if (++worked == 3) {
                    setCanceled(true);
                }
            }
        };
        assertThrows(org.eclipse.core.runtime.OperationCanceledException.class,
                () -> ProjectIndex.open(f.store, cancelSoon));
        index = ProjectIndex.open(f.store);
        assertEquals("missing", index.openedBecause(), "nothing half-built was kept");
        assertTrue(search("word:協力").total() > 60, "Kuromoji still segments after the cancel");
    }
}

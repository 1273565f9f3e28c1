package tessera.analysis.query;

import java.nio.file.Path;
import java.util.List;

import tessera.core.model.AttributeType;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.ChangeSetMembers;
import tessera.core.ops.CreateCode;
import tessera.core.ops.CreateSet;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.SetAttribute;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;

/** A small hand-built project for the query tests: documents, codes A, B (with B/Sub) and P, two coders. */
final class QueryProject implements AutoCloseable {

    final ProjectStore store;
    final long a;
    final long b;
    final long sub;
    final long p;

    QueryProject(Path dir) {
        store = ProjectStores.create(dir.resolve("q.tessera"), "q", "lead");
        a = store.apply(new CreateCode(null, "A")).inserted(Table.CODE);
        b = store.apply(new CreateCode(null, "B")).inserted(Table.CODE);
        sub = store.apply(new CreateCode(b, "Sub")).inserted(Table.CODE);
        p = store.apply(new CreateCode(null, "P")).inserted(Table.CODE);
    }

    long document(String name, String text) {
        return store.apply(new AddDocument(name, text, "en", "txt")).inserted(Table.DOCUMENT);
    }

    void code(long doc, long code, int start, int end) {
        code(doc, code, start, end, "lead");
    }

    void code(long doc, long code, int start, int end, String coder) {
        store.apply(new AddCoding(doc, code, start, end, coder));
    }

    void attribute(long doc, String name, String value) {
        long id = store.attributeByName(name).map(x -> x.id())
                .orElseGet(() -> store.apply(new DefineAttribute(name, AttributeType.TEXT)).inserted(Table.ATTRIBUTE));
        store.apply(new SetAttribute(doc, id, value));
    }

    void set(String name, long... docs) {
        long id = store.apply(new CreateSet(name, "")).inserted(Table.SET);
        store.apply(new ChangeSetMembers(id, true, java.util.Arrays.stream(docs).boxed().toList(), List.of()));
    }

    /** The query's ranges in one document, as [start, end) pairs. */
    List<Range> ranges(String query, long doc) {
        return CodingQuery.ranges(new QueryData(store), query).in(doc);
    }

    static List<Range> r(int... bounds) {
        List<Range> out = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            out.add(new Range(bounds[i], bounds[i + 1]));
        }
        return out;
    }

    @Override
    public void close() {
        store.close();
    }
}

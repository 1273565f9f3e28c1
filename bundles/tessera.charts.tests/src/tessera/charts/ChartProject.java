package tessera.charts;

import java.nio.file.Path;
import java.util.Map;

import tessera.analysis.query.QueryData;
import tessera.core.model.AttributeType;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.RecolourCode;
import tessera.core.ops.SetAttribute;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;

/**
 * Three city documents (one Chinese with 𠮷) coded with Drivers/{全球, Local} and Modes, the counts worked out
 * in the tests: Drivers/全球 jp 2, kr 1; Drivers/Local jp 1, cn 1; Modes kr 2 (one overlapping 全球).
 */
final class ChartProject implements AutoCloseable {

    final ProjectStore store;
    final long jp;
    final long kr;
    final long cn;
    final long drivers;
    final long global;
    final long local;
    final long modes;

    ChartProject(Path dir) {
        store = ProjectStores.create(dir.resolve("c.tessera"), "c", "Li");
        jp = doc("Kitakyushu", "en", "Kitakyushu and Dalian cooperate on the environment. Trade follows.");
        kr = doc("Busan", "en", "Busan and Fukuoka became sister cities. Exchange keeps them close.");
        cn = doc("大连", "zh", "𠮷大连与北九州的环境合作始于一九八〇年代。");
        drivers = code(null, "Drivers", "#336699");
        global = code(drivers, "全球", "#cc3333");
        local = code(drivers, "Local", "#33aa33");
        modes = code(null, "Modes", "#9933cc");
        long country = store.apply(new DefineAttribute("Country", AttributeType.TEXT)).inserted(Table.ATTRIBUTE);
        Map.of(jp, "Japan", kr, "Korea", cn, "China").forEach((d, v) -> store.apply(new SetAttribute(d, country, v)));
        coding(jp, global, 0, 10);
        coding(jp, global, 20, 30);
        coding(jp, local, 40, 50);
        coding(kr, global, 0, 5);
        coding(kr, modes, 3, 9); // overlaps 全球 [0, 5)
        coding(kr, modes, 40, 50);
        coding(cn, local, 0, 5);
    }

    private long doc(String name, String language, String text) {
        return store.apply(new AddDocument(name, text, language, "txt")).inserted(Table.DOCUMENT);
    }

    private long code(Long parent, String name, String colour) {
        long id = store.apply(new CreateCode(parent, name)).inserted(Table.CODE);
        store.apply(new RecolourCode(id, colour));
        return id;
    }

    void coding(long doc, long code, int start, int end) {
        store.apply(new AddCoding(doc, code, start, end));
    }

    QueryData data() {
        return new QueryData(store);
    }

    @Override
    public void close() {
        store.close();
    }
}

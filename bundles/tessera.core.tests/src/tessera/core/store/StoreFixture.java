package tessera.core.store;

import java.nio.file.Path;

import tessera.core.ops.AddDocument;
import tessera.core.ops.CreateCode;

/** A small project for store tests: two documents and a two-level codebook. */
final class StoreFixture {

    static final String ZH = "城市外交是中日韩合作的重要组成部分。\n地方政府之间的交流日趋增多。";
    static final String EN = "Sister cities link Kitakyushu and Dalian.\r\nTrade follows friendship.";

    final ProjectStore store;
    final long zh;
    final long en;
    final long drivers;
    final long local;
    final long global;

    StoreFixture(Path dir) {
        this(Backend.FILE, dir);
    }

    StoreFixture(Backend backend, Path dir) {
        store = backend.create(dir, "Test project", "alice");
        zh = store.apply(new AddDocument("zh", ZH, "zh", "txt")).inserted(Table.DOCUMENT);
        en = store.apply(new AddDocument("en", EN, "en", "txt")).inserted(Table.DOCUMENT);
        drivers = store.apply(new CreateCode(null, "Drivers")).inserted(Table.CODE);
        local = store.apply(new CreateCode(drivers, "Local")).inserted(Table.CODE);
        global = store.apply(new CreateCode(drivers, "Global")).inserted(Table.CODE);
    }
}

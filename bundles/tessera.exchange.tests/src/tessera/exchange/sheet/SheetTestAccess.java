package tessera.exchange.sheet;

import java.io.IOException;
import java.nio.file.Path;

/** Opens package-private seams of the writers to tests in other packages. */
public final class SheetTestAccess {

    private SheetTestAccess() {
    }

    public static WorkbookWriter xlsx(Path out, int maxRows) throws IOException {
        return new XlsxWorkbookWriter(out, maxRows);
    }
}

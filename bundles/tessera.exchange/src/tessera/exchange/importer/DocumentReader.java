package tessera.exchange.importer;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one format's file into plain text; a broken, encrypted or hostile file is refused with the reason. */
public interface DocumentReader {

    ExtractedText read(Path file) throws IOException, ImportException;
}

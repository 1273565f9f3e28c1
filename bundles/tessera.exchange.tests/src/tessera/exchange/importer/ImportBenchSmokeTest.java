package tessera.exchange.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@link ImportBench} in every test run at a tiny size, on one of the sample project's Chinese texts instead of the
 * reference article, with the CJK font ./run-tests installs (fonts-wqy-microhei): two Word files and one PDF,
 * imported and extracted once, so that the benchmark keeps writing, importing and timing both formats.
 */
class ImportBenchSmokeTest extends ImportBench {

    @Override
    Path article() {
        return Path.of("../tessera.core/sample/documents/东北亚城市合作的三重动力.txt");
    }

    @Override
    Path results() {
        return dir.resolve("import.json");
    }

    @Override
    int wordFiles() {
        return 2;
    }

    @Override
    int copies() {
        return 1;
    }

    @Override
    int pdfFiles() {
        return 1;
    }

    @Override
    int rounds() {
        return 1;
    }

    @AfterEach
    void importedAndTimedBothFormats() throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(results())).getAsJsonObject();
        for (String format : new String[] {"docx", "pdf"}) {
            JsonObject row = json.getAsJsonObject(format);
            assertEquals(row.get("files").getAsInt(), row.get("imported").getAsInt(), json.toString());
            assertTrue(row.get("ratio").getAsDouble() > 0 && row.get("readerMBps").getAsDouble() > 0, json.toString());
        }
        assertEquals(2, json.getAsJsonObject("docx").get("files").getAsInt(), json.toString());
    }
}

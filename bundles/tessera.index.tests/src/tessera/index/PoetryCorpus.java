package tessera.index;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The whole npm package chinese-poetry (MIT) as documents for the search benchmark: every collection of works in
 * {@code dist/} (Tang and Song poems, ci, qu, the Book of Songs, the Analects, primers...), one document per JSON
 * file. A work is a heading line (title, tune, chapter, section and the author in brackets) and its text on the next
 * line; notes, prologues and comments follow on lines of their own. Left out: the search-engine ranks and tonal
 * patterns (numbers and 平仄 marks about the poems, not texts), the authors' lists and the collection of
 * mis-transcribed poems.
 */
final class PoetryCorpus {

    private static final Set<String> SKIPPED = Set.of("rank", "strains", "error");
    private static final List<String> HEADINGS = List.of("title", "rhythmic", "chapter", "section");
    private static final List<String> TEXTS = List.of("paragraphs", "content", "para");
    private static final List<String> EXTRAS = List.of("prologue", "biography", "notes", "comment");

    private PoetryCorpus() {
    }

    static List<String[]> load(Path poetry) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(poetry.resolve("dist"))) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("author"))
                    .filter(p -> poetry.resolve("dist").relativize(p).getNameCount() > 0 && !skipped(poetry, p))
                    .sorted().toList();
        }
        List<String[]> out = new ArrayList<>();
        for (Path f : files) {
            StringBuilder text = new StringBuilder();
            try (Reader r = Files.newBufferedReader(f)) {
                JsonElement root = JsonParser.parseReader(r);
                JsonArray works = root.isJsonArray() ? root.getAsJsonArray() : new JsonArray();
                if (root.isJsonObject()) {
                    works.add(root);
                }
                for (JsonElement e : works) {
                    if (e.isJsonObject()) {
                        append(e.getAsJsonObject(), text);
                    }
                }
            }
            if (!text.isEmpty()) {
                out.add(new String[] {poetry.resolve("dist").relativize(f).toString(), text.toString(), "zh"});
            }
        }
        return out;
    }

    private static boolean skipped(Path poetry, Path file) {
        for (Path part : poetry.resolve("dist").relativize(file)) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static void append(JsonObject work, StringBuilder text) {
        StringBuilder heading = new StringBuilder();
        for (String h : HEADINGS) {
            String s = string(work.get(h));
            if (!s.isEmpty()) {
                heading.append(heading.isEmpty() ? "" : " ").append(s);
            }
        }
        String author = string(work.get("author"));
        if (!author.isEmpty()) {
            heading.append("（").append(author).append("）");
        }
        StringBuilder body = new StringBuilder();
        TEXTS.forEach(t -> body.append(string(work.get(t))));
        if (heading.isEmpty() && body.isEmpty()) {
            return;
        }
        text.append(heading).append('\n').append(body).append('\n');
        for (String x : EXTRAS) {
            String s = string(work.get(x));
            if (!s.isEmpty()) {
                text.append(s).append('\n');
            }
        }
        text.append('\n');
    }

    /** A string, or an array of strings joined, each stripped. */
    private static String string(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (e.isJsonArray()) {
            StringBuilder s = new StringBuilder();
            e.getAsJsonArray().forEach(x -> s.append(string(x)));
            return s.toString();
        }
        return e.isJsonPrimitive() ? e.getAsString().strip() : "";
    }
}

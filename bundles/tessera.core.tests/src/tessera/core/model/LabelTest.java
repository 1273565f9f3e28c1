package tessera.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.CreateCode;
import tessera.core.ops.RemoveCoding;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;

/** Changes are named in the reader's language, whoever made them and in whatever language. */
class LabelTest {

    @TempDir
    Path dir;

    private static <T> T in(Locale locale, java.util.function.Supplier<T> work) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return work.get();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void labelsRenderInEnglishAndChinese() {
        Label create = Label.of("code.create", "Drivers");
        assertEquals("Create code \"Drivers\"", create.english());
        assertEquals("创建编码“Drivers”", in(Locale.SIMPLIFIED_CHINESE, create::localized));
        assertEquals("Create code \"Drivers\"", in(Locale.GERMAN, create::localized), "no German: English");
        assertEquals("Code 3 hits", Label.literal("Code 3 hits").localized());
        assertEquals(create, Label.fromJson(create.toJson()));
        assertNull(Label.fromJson("not json"));
        assertEquals("future.op x", Label.of("future.op", "x").english(), "a key this Tessera does not know");
    }

    @Test
    void everyLabelHasItsChineseTwin() throws Exception {
        Properties en = new Properties();
        Properties zh = new Properties();
        en.load(Label.class.getResourceAsStream("labels.properties"));
        zh.load(Label.class.getResourceAsStream("labels_zh.properties"));
        assertEquals(en.keySet(), zh.keySet());
    }

    @Test
    void everyMessageHasItsChineseTwinAndQuotesSurviveFormatting() throws Exception {
        Properties en = new Properties();
        Properties zh = new Properties();
        en.load(tessera.core.internal.CoreMessages.class.getResourceAsStream("messages.properties"));
        zh.load(tessera.core.internal.CoreMessages.class.getResourceAsStream("messages_zh.properties"));
        assertEquals(en.keySet(), zh.keySet());
        for (java.lang.reflect.Field f : tessera.core.internal.CoreMessages.class.getFields()) {
            assertEquals(true, en.containsKey(f.getName()), f.getName() + " has a message");
        }
        assertEquals("a document named 'notes' is already in the project",
                org.eclipse.osgi.util.NLS.bind(en.getProperty("documentNameTaken"), "notes"));
    }

    @Test
    void theLogKeepsEnglishAndTheReaderSeesTheirOwnLanguage() {
        try (ProjectStore s = ProjectStores.create(dir.resolve("p.tessera"), "p", "alice")) {
            in(Locale.ENGLISH, () -> s.apply(new CreateCode(null, "Drivers")));
            assertEquals("创建编码“Drivers”", in(Locale.CHINA, () -> s.undoLabel().orElseThrow()));
            assertEquals("Create code \"Drivers\"", in(Locale.ENGLISH, () -> s.undoLabel().orElseThrow()));
            assertEquals(List.of("创建编码“Drivers”"),
                    in(Locale.CHINA, () -> s.changeLog(1).stream().map(ChangeLogEntry::summary).toList()));
            in(Locale.CHINA, s::undo);
            assertEquals("Create code \"Drivers\"", in(Locale.ENGLISH, () -> s.redoLabel().orElseThrow()),
                    "an undo entry keeps the label of the change it undoes");
            assertEquals("Create code \"Drivers\"", in(Locale.ENGLISH, () -> s.changeLog(1).get(0).summary()));
        }
        assertEquals("coding.remove", new RemoveCoding(1).label().key());
    }
}

package tessera.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every message of the index has its Chinese twin, and every field of IndexMessages its text. */
class IndexMessagesTest {

    @Test
    void englishAndChineseHaveTheSameMessages() throws Exception {
        Properties en = new Properties();
        Properties zh = new Properties();
        en.load(IndexMessages.class.getResourceAsStream("messages.properties"));
        zh.load(IndexMessages.class.getResourceAsStream("messages_zh.properties"));
        assertEquals(en.keySet(), zh.keySet());
        for (java.lang.reflect.Field f : IndexMessages.class.getFields()) {
            assertTrue(en.containsKey(f.getName()), f.getName());
        }
    }
}

package tessera.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every message of the exchange bundle has its Chinese twin, and every field of ExchangeMessages its text. */
class ExchangeMessagesTest {

    @Test
    void englishAndChineseHaveTheSameMessages() throws Exception {
        Properties en = new Properties();
        Properties zh = new Properties();
        en.load(ExchangeMessages.class.getResourceAsStream("messages.properties"));
        zh.load(ExchangeMessages.class.getResourceAsStream("messages_zh.properties"));
        assertEquals(en.keySet(), zh.keySet());
        for (java.lang.reflect.Field f : ExchangeMessages.class.getFields()) {
            assertTrue(en.containsKey(f.getName()), f.getName());
        }
    }
}

package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import cn.qinglian.ui.UiMessages;

/** Every text of the workbench exists in Chinese and in English. */
class MessagesTest {

    @Test
    void chineseAndEnglishTextsHaveTheSameKeys() throws Exception {
        Set<String> english = keys("/cn/qinglian/ui/messages.properties");
        Set<String> chinese = keys("/cn/qinglian/ui/messages_zh.properties");
        assertEquals(english, chinese);
        assertEquals(keys("/plugin.properties"), keys("/plugin_zh.properties"));
    }

    @Test
    void theWorkbenchSpeaksChineseByDefaultAndEnglishWhenAsked() {
        assertEquals("组织机构", ResourceBundle.getBundle("plugin", Locale.SIMPLIFIED_CHINESE,
                MessagesTest.class.getClassLoader(), control()).getString("explorerView"));
        assertEquals("新建单位(&U)...", UiMessages.get("actionNewUnit"));
        ResourceBundle english = ResourceBundle.getBundle("cn.qinglian.ui.messages", Locale.ENGLISH,
                MessagesTest.class.getClassLoader(), control());
        assertEquals("New &Unit...", english.getString("actionNewUnit"));
        assertNotEquals(english.getString("listSeparator"), UiMessages.get("listSeparator"));
    }

    private static ResourceBundle.Control control() {
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }

    private static Set<String> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}

package cn.qinglian.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import cn.qinglian.diagram.ui.DiagramUiMessages;

/** Every text of the diagram workbench exists in Chinese and in English. */
class MessagesTest {

    @Test
    void chineseAndEnglishTextsHaveTheSameKeys() throws Exception {
        assertEquals(keys("/cn/qinglian/diagram/ui/messages.properties"),
                keys("/cn/qinglian/diagram/ui/messages_zh.properties"));
        assertEquals(keys("/plugin.properties"), keys("/plugin_zh.properties"));
    }

    @Test
    void chineseByDefaultEnglishWhenAsked() {
        assertEquals("打开图", ResourceBundle.getBundle("plugin", Locale.SIMPLIFIED_CHINESE,
                MessagesTest.class.getClassLoader(), control()).getString("openDiagramMenu"));
        assertEquals("Open diagram", ResourceBundle.getBundle("plugin", Locale.ENGLISH,
                MessagesTest.class.getClassLoader(), control()).getString("openDiagramMenu"));
        assertEquals("内部报告", DiagramUiMessages.get("kind.internal"));
        assertEquals("Internal (内部)", ResourceBundle.getBundle("cn.qinglian.diagram.ui.messages", Locale.ENGLISH,
                MessagesTest.class.getClassLoader(), control()).getString("kind.internal"));
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

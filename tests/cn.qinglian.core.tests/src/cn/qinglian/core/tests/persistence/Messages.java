package cn.qinglian.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import cn.qinglian.core.workspace.WorkspaceException;

/** Checks what a user reads: the message of an error in Chinese and in English. */
final class Messages {

    private Messages() {
    }

    static String zh(WorkspaceException e) {
        return e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE);
    }

    static String en(WorkspaceException e) {
        return e.getLocalizedMessage(Locale.ENGLISH);
    }

    /** Both messages start with the file and contain their fragments. */
    static void assertMessages(WorkspaceException e, String[] chinese, String[] english) {
        assertContains(zh(e), e.path().toString(), chinese);
        assertContains(en(e), e.path().toString(), english);
    }

    private static void assertContains(String message, String path, String[] fragments) {
        assertTrue(message.startsWith(path), "the message starts with the file: " + message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "\"" + fragment + "\" is missing in: " + message);
        }
    }

    static String[] words(String... fragments) {
        return fragments;
    }

    /** The line (from 1) on which {@code fragment} first occurs in {@code text}. */
    static int lineOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        assertTrue(index >= 0, fragment + " is not in the text");
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}

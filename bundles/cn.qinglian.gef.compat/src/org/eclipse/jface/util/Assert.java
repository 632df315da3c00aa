package org.eclipse.jface.util;

/**
 * Stands in, inside GEF 3.2 only, for the JFace class of this name that JFace removed long ago. GEF
 * 3.2 (the newest GEF on Maven Central) calls it from GraphicalViewerImpl, ZoomManager, ActionRegistry
 * and others; without it those paths throw NoClassDefFoundError. GEF requires JFace with
 * Require-Bundle, so after JFace's package lacks the class, GEF's own class path (this fragment) is
 * searched. Written for the Qinglian workbench; the same checks as the old API: a failed check throws
 * {@link IllegalArgumentException} (what GEF callers expect of an assertion, they never catch it).
 */
public final class Assert {

    private Assert() {
    }

    public static void isNotNull(Object object) {
        isNotNull(object, "");
    }

    public static void isNotNull(Object object, String message) {
        if (object == null) {
            throw new IllegalArgumentException("null argument: " + message);
        }
    }

    public static boolean isTrue(boolean expression) {
        return isTrue(expression, "");
    }

    public static boolean isTrue(boolean expression, String message) {
        if (!expression) {
            throw new IllegalArgumentException("assertion failed: " + message);
        }
        return expression;
    }
}

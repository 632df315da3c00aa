package cn.qinglian.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * GEF 3.2 finds the two classes today's platform lost (org.eclipse.jface.util.Assert,
 * org.eclipse.ui.internal.DragCursors) in our fragment cn.qinglian.gef.compat, and they behave as GEF expects.
 */
class GefCompatibilityTest {

    @Test
    void gefLoadsTheMissingClassesFromOurFragment() throws Exception {
        Bundle gef = Platform.getBundle("org.eclipse.gef");
        Class<?> assertClass = gef.loadClass("org.eclipse.jface.util.Assert");
        assertNotNull(gef.loadClass("org.eclipse.ui.internal.DragCursors"));
        assertEquals(Boolean.TRUE, assertClass.getMethod("isTrue", boolean.class).invoke(null, true));
        Throwable failed = assertThrows(java.lang.reflect.InvocationTargetException.class,
                () -> assertClass.getMethod("isNotNull", Object.class).invoke(null, (Object) null)).getCause();
        assertEquals(IllegalArgumentException.class, failed.getClass());
        // a GEF class that calls Assert links against it
        Class<?> registry = gef.loadClass("org.eclipse.gef.ui.actions.ActionRegistry");
        Object actions = registry.getConstructor().newInstance();
        Throwable refused = assertThrows(java.lang.reflect.InvocationTargetException.class,
                () -> registry.getMethod("registerAction", org.eclipse.jface.action.IAction.class).invoke(actions,
                        new org.eclipse.jface.action.Action() {
                        })).getCause();
        assertEquals(IllegalArgumentException.class, refused.getClass(),
                "ActionRegistry asserts the action has an id, through our Assert (not NoClassDefFoundError)");
    }
}

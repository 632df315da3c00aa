package cn.qinglian.ui.internal.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/** Which editor opens which model object: units, posts and people have one; a tenure opens its person. */
public final class ModelEditors {

    private ModelEditors() {
    }

    public static boolean canOpen(Object element) {
        return editorId(target(element)) != null;
    }

    /** Opens (or brings up) the editor of {@code element}; null when it has none or opening failed. */
    public static IEditorPart open(IWorkbenchPage page, Object element) {
        EObject target = target(element);
        String id = editorId(target);
        if (id == null) {
            return null;
        }
        try {
            return page.openEditor(new ModelEditorInput(target), id);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EObject target(Object element) {
        if (element instanceof Tenure tenure) {
            return tenure.getPerson();
        }
        return element instanceof EObject object ? object : null;
    }

    private static String editorId(EObject target) {
        if (target instanceof Unit) {
            return UnitEditor.ID;
        }
        if (target instanceof Post) {
            return PostEditor.ID;
        }
        if (target instanceof Person) {
            return PersonEditor.ID;
        }
        return null;
    }
}

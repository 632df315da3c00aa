package cn.qinglian.core.parts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import cn.qinglian.model.Organisation;

/**
 * The data a module keeps in a workspace: one file of its own next to the organisation file, loaded
 * into the same resource set (so one editing domain and one command stack cover both) and saved with
 * it. Contributed through the extension point {@value WorkspacePartRegistry#EXTENSION_POINT}; the core
 * never names a module. A file whose module is not installed is neither loaded nor touched.
 * <p>
 * The part's objects refer to the organisation's objects by their ids (XMI {@code href}s into
 * {@code organisation.qinglian}); its own classes should extend {@code Identified} so that other parts
 * can refer to them the same way. Implementations need a public no-argument constructor.
 */
public interface WorkspacePart {

    /**
     * The file inside the workspace folder, e.g. {@code inspection.qinglian}: a plain name ending with
     * {@code .qinglian}, other than {@code organisation.qinglian}.
     */
    String fileName();

    /** The part's EMF package; its namespace is what the file's root element must carry. */
    EPackage ePackage();

    /** A new, empty root for a workspace that has no file of this part yet (written by the next save). */
    EObject createRoot(Organisation organisation);

    /**
     * Adds the part's sample data for {@code organisation} (the L-district sample or a generated city)
     * to {@code root}, a root made by {@link #createRoot}. Must be deterministic: the same organisation
     * gives the same data. The default adds nothing.
     */
    default void fillSample(EObject root, Organisation organisation) {
        // no sample data
    }
}

package cn.qinglian.core.persistence;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The resource of a module's part file: XMI like the organisation file, objects identified by their
 * {@code id} attribute and found through an id map, not by walking the tree.
 */
final class PartResource extends XMIResourceImpl {

    PartResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    @Override
    protected boolean useIDs() {
        return eObjectToIDMap != null || idToEObjectMap != null;
    }
}

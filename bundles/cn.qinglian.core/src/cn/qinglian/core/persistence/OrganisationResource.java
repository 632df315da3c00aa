package cn.qinglian.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

import cn.qinglian.model.QinglianPackage;
import cn.qinglian.model.util.QinglianResourceImpl;

/**
 * The resource of an organisation file. Objects are found by id through a map (not by walking the
 * tree), filled while the file is read, and the file says what it means without relying on the
 * model's defaults:
 * <ul>
 * <li>the root always carries {@code formatVersion}: the format this build writes
 * ({@link XmiWorkspaceStore#CURRENT_MODEL_FORMAT}), whatever the attribute holds in memory;</li>
 * <li>enumeration values are always written ({@code kind="DISTRICT"}), so a later change of the
 * default cannot change what an old file means;</li>
 * <li>of a pair of opposite references where one side is single-valued ({@code Tenure.post} and
 * {@code Post.tenures}), only the single-valued side is written: loading it rebuilds the other side,
 * and a change shows as one changed line in a diff instead of two.</li>
 * </ul>
 */
final class OrganisationResource extends QinglianResourceImpl {

    /** Bytes of a file per object in it, about; a little low, so that the id map rarely grows. */
    private static final int BYTES_PER_OBJECT = 100;
    private static final int MOST_EXPECTED_OBJECTS = 1 << 24;

    private int expectedObjects = 16;

    /** While loading: the objects read so far by id; {@code null} otherwise. */
    private Map<String, EObject> idsWhileLoading;

    OrganisationResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    /** Sizes the id map for a file of {@code bytes} before loading it, so that it is not rebuilt while growing. */
    void expectFileSize(long bytes) {
        expectedObjects = (int) Math.min(bytes / BYTES_PER_OBJECT, MOST_EXPECTED_OBJECTS);
    }

    /**
     * Loads with the id map filled as the objects are read ({@link Helper#setValue}), instead of by
     * EMF's walk over the whole tree when it is attached at the end of the load, which costs a
     * sixth of the load and a quarter of its garbage. An id that is not in the file is not searched
     * for in the whole tree either, which made a file with many dangling ids slow to refuse.
     */
    @Override
    public void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        Map<String, EObject> ids = HashMap.newHashMap(expectedObjects);
        setIntrinsicIDToEObjectMap(null);
        idsWhileLoading = ids;
        try {
            super.doLoad(in, options);
        } finally {
            idsWhileLoading = null;
            setIntrinsicIDToEObjectMap(ids);
        }
    }

    /**
     * Our files identify objects by their {@code id} attribute, not by {@code xmi:id}: EMF's xmi:id
     * bookkeeping (which XMI resources otherwise keep for every object attached) is needed only when
     * a file brings xmi:ids.
     */
    @Override
    protected boolean useIDs() {
        return eObjectToIDMap != null || idToEObjectMap != null;
    }

    @Override
    protected EObject getEObjectByID(String id) {
        Map<String, EObject> ids = idsWhileLoading;
        return ids == null ? super.getEObjectByID(id) : ids.get(id);
    }

    private void read(EObject object, Object id) {
        if (idsWhileLoading != null && id instanceof String key) {
            idsWhileLoading.put(key, object);
        }
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new Helper(this);
    }

    @Override
    protected XMLSave createXMLSave() {
        return new Save(createXMLHelper());
    }

    /** Whether {@code feature} of {@code object} goes into the file. */
    static boolean isWritten(EObject object, EStructuralFeature feature) {
        if (feature == QinglianPackage.Literals.ORGANISATION__FORMAT_VERSION || feature.getEType() instanceof EEnum) {
            return true;
        }
        return !isRebuiltFromOpposite(feature) && object.eIsSet(feature);
    }

    private static boolean isRebuiltFromOpposite(EStructuralFeature feature) {
        if (!(feature instanceof EReference reference) || !reference.isMany() || reference.isContainment()) {
            return false;
        }
        EReference opposite = reference.getEOpposite();
        return opposite != null && !opposite.isMany() && !opposite.isContainment() && !opposite.isContainer()
                && !opposite.isTransient();
    }

    /**
     * Reads dates with {@link IsoDates}, records ids as they are read and writes the current format;
     * everything else as EMF does.
     */
    private static final class Helper extends XMIHelperImpl {

        private final OrganisationResource owner;

        Helper(OrganisationResource owner) {
            super(owner);
            this.owner = owner;
        }

        @Override
        public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
            super.setValue(object, feature, value, position);
            if (feature instanceof EAttribute attribute && attribute.isID()) {
                owner.read(object, object.eGet(attribute));
            }
        }

        @Override
        public Object getValue(EObject object, EStructuralFeature feature) {
            if (feature == QinglianPackage.Literals.ORGANISATION__FORMAT_VERSION) {
                return Integer.valueOf(XmiWorkspaceStore.CURRENT_MODEL_FORMAT);
            }
            return super.getValue(object, feature);
        }

        @Override
        protected Object createFromString(EFactory factory, EDataType type, String value) {
            if (type == QinglianPackage.Literals.LOCAL_DATE) {
                LocalDate date = IsoDates.parse(value);
                if (date != null) {
                    return date;
                }
            }
            return super.createFromString(factory, type, value);
        }
    }

    private static final class Save extends XMISaveImpl {

        Save(XMLHelper helper) {
            super(helper);
        }

        @Override
        protected boolean shouldSaveFeature(EObject object, EStructuralFeature feature) {
            return isWritten(object, feature);
        }
    }
}

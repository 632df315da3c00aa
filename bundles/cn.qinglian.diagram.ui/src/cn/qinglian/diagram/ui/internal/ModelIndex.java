package cn.qinglian.diagram.ui.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;

/** The model objects of an organisation by id: what the boxes and lines of a diagram stand for. */
final class ModelIndex {

    private final Map<String, EObject> byId = new HashMap<>();

    ModelIndex(Organisation organisation) {
        for (Iterator<EObject> all = organisation.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (object instanceof Identified identified && identified.getId() != null) {
                byId.put(identified.getId(), object);
            }
        }
    }

    /** The object with {@code id}, or null (e.g. for a step to a unit head, which has no object). */
    EObject get(String id) {
        return byId.get(id);
    }
}

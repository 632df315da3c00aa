package cn.qinglian.ui.internal.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cn.qinglian.ui.UiMessages;

/**
 * What deleting some objects takes with it, found with EMF's cross-referencer and the metamodel alone:
 * everything they contain, every object that could not exist without one of them (a required
 * reference — a tenure of a deleted post, a reporting line from a deleted unit, a report on a deleted
 * line, a charge assignment left without units …), and the optional references elsewhere that are
 * cleared (a station whose competent department is deleted). {@link #toCommand} makes it one undoable
 * command.
 */
public final class DeletionPlan {

    /** References of a surviving object that lose deleted objects. */
    public record ClearedReference(EObject owner, EReference reference, List<EObject> removed) {

        /** Bookkeeping of a two-way reference whose other end is deleted anyway (not worth showing). */
        public boolean isOppositeOfDeleted() {
            return reference.getEOpposite() != null;
        }
    }

    private final List<EObject> selected;
    private final Set<EObject> doomed = new LinkedHashSet<>();
    private final Map<EObject, Collection<EStructuralFeature.Setting>> usages = new LinkedHashMap<>();

    private DeletionPlan(Collection<? extends EObject> selected) {
        this.selected = List.copyOf(selected);
    }

    /** The plan for deleting {@code selected} (objects inside a selected object are deleted with it). */
    public static DeletionPlan of(Collection<? extends EObject> selected) {
        DeletionPlan plan = new DeletionPlan(selected);
        plan.compute();
        return plan;
    }

    private void compute() {
        List<EObject> fresh = new ArrayList<>();
        selected.forEach(object -> doom(object, fresh));
        Notifier scope = scope();
        while (!fresh.isEmpty()) {
            Map<EObject, Collection<EStructuralFeature.Setting>> found = usagesOf(fresh, scope);
            usages.putAll(found);
            fresh.clear();
            for (Collection<EStructuralFeature.Setting> settings : found.values()) {
                for (EStructuralFeature.Setting setting : settings) {
                    EObject owner = setting.getEObject();
                    if (!doomed.contains(owner) && cannotLoseValues(setting)) {
                        doom(owner, fresh);
                    }
                }
            }
        }
    }

    private static Map<EObject, Collection<EStructuralFeature.Setting>> usagesOf(Collection<EObject> targets,
            Notifier scope) {
        if (scope instanceof ResourceSet resourceSet) {
            return EcoreUtil.UsageCrossReferencer.findAll(targets, resourceSet);
        }
        if (scope instanceof Resource resource) {
            return EcoreUtil.UsageCrossReferencer.findAll(targets, resource);
        }
        return EcoreUtil.UsageCrossReferencer.findAll(targets, (EObject) scope);
    }

    private Notifier scope() {
        EObject root = EcoreUtil.getRootContainer(selected.get(0));
        Resource resource = root.eResource();
        if (resource == null) {
            return root;
        }
        return resource.getResourceSet() == null ? resource : resource.getResourceSet();
    }

    private void doom(EObject object, List<EObject> fresh) {
        if (doomed.add(object)) {
            fresh.add(object);
            object.eAllContents().forEachRemaining(content -> {
                if (doomed.add(content)) {
                    fresh.add(content);
                }
            });
        }
    }

    /** Whether the owner of {@code setting} needs a value that is left only among the doomed objects. */
    private boolean cannotLoseValues(EStructuralFeature.Setting setting) {
        EStructuralFeature feature = setting.getEStructuralFeature();
        if (!(feature instanceof EReference reference) || !reference.isRequired()) {
            return false;
        }
        if (reference.isMany()) {
            return doomed.containsAll((Collection<?>) setting.get(false));
        }
        return true;
    }

    /** The objects the user chose to delete. */
    public List<EObject> selected() {
        return selected;
    }

    /** Every other object that goes: contents and dependants, in the order found. */
    public List<EObject> alsoDeleted() {
        return doomed.stream().filter(object -> !selected.contains(object)).toList();
    }

    /** Whether {@code object} is deleted by this plan. */
    public boolean deletes(EObject object) {
        return doomed.contains(object);
    }

    /** The references of surviving objects that lose deleted objects. */
    public List<ClearedReference> clearedReferences() {
        Map<EObject, Map<EReference, List<EObject>>> byOwner = new LinkedHashMap<>();
        usages.forEach((target, settings) -> {
            for (EStructuralFeature.Setting setting : settings) {
                EObject owner = setting.getEObject();
                if (!doomed.contains(owner) && setting.getEStructuralFeature() instanceof EReference reference) {
                    byOwner.computeIfAbsent(owner, o -> new LinkedHashMap<>())
                            .computeIfAbsent(reference, r -> new ArrayList<>()).add(target);
                }
            }
        });
        List<ClearedReference> cleared = new ArrayList<>();
        byOwner.forEach((owner, references) -> references
                .forEach((reference, removed) -> cleared.add(new ClearedReference(owner, reference, removed))));
        return cleared;
    }

    /** One undoable command: clear the references of survivors, then take the doomed objects out. */
    public Command toCommand(EditingDomain domain) {
        CompoundCommand delete = new CompoundCommand(UiMessages.get("commandDelete"));
        for (ClearedReference cleared : clearedReferences()) {
            delete.append(cleared.reference().isMany()
                    ? RemoveCommand.create(domain, cleared.owner(), cleared.reference(), cleared.removed())
                    : SetCommand.create(domain, cleared.owner(), cleared.reference(), null));
        }
        Map<EObject, Map<EReference, List<EObject>>> roots = new LinkedHashMap<>();
        for (EObject object : doomed) {
            EObject container = object.eContainer();
            if (container != null && !doomed.contains(container)) {
                roots.computeIfAbsent(container, c -> new LinkedHashMap<>())
                        .computeIfAbsent(object.eContainmentFeature(), f -> new ArrayList<>()).add(object);
            }
        }
        roots.forEach((container, features) -> features.forEach((feature, objects) -> delete.append(feature.isMany()
                ? RemoveCommand.create(domain, container, feature, objects)
                : SetCommand.create(domain, container, feature, null))));
        return delete;
    }
}

package cn.qinglian.diagram.ui.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.scope.ChainScope;
import cn.qinglian.diagram.scope.DiagramGraphs;
import cn.qinglian.diagram.scope.ScopeException;
import cn.qinglian.model.Named;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/**
 * What a diagram opened from the explorer shows: for a unit, the unit and everything below it; for a
 * post, its chain up to the district; for a person, the chains from the posts the person holds today.
 * Every kind of line is drawn; the editor's layers hide kinds.
 */
public record DiagramSubject(EObject object) {

    public static boolean canShow(Object candidate) {
        return candidate instanceof Unit || candidate instanceof Post || candidate instanceof Person;
    }

    public DiagramSubject {
        if (!canShow(object)) {
            throw new IllegalArgumentException("no diagram for " + object);
        }
    }

    public String name() {
        return ((Named) object).getName();
    }

    /** Whether the object is still in {@code organisation} (not deleted, not of another workspace). */
    public boolean isIn(Organisation organisation) {
        return EcoreUtil.isAncestor(organisation, object);
    }

    /** The graph of the subject in {@code organisation} as of today, in the workbench language. */
    public DiagramGraph graph(Organisation organisation, boolean hierarchy) throws ScopeException {
        DiagramGraphs graphs = new DiagramGraphs(organisation, LocalDate.now(), Locale.getDefault());
        EnumSet<EdgeKind> kinds = EnumSet.allOf(EdgeKind.class);
        return switch (object) {
            case Unit unit -> graphs.unit(unit, kinds, hierarchy);
            case Post post -> graphs.chain(List.of(post), post.getName(), kinds, hierarchy,
                    new ChainScope(ObjectPaths.postPath(post)).text());
            case Person person -> graphs.graph(new ChainScope(person.getPersonId()), kinds, hierarchy);
            default -> throw new IllegalStateException();
        };
    }
}

package cn.qinglian.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/**
 * Decorators to apply to a diagram's graph, in order. A decorator that fails on a box is logged and
 * left out: the diagram is drawn without its badges. Plain Java (the command line's fast path runs
 * without OSGi); the contributed ones come from {@link ContributedNodeDecorators#installed()}.
 */
public final class NodeDecorators {

    private final List<NodeDecorator> decorators;
    private final BiConsumer<String, Throwable> log;

    /** Exactly {@code decorators}; failures go to {@code log} (message, cause). */
    public NodeDecorators(List<NodeDecorator> decorators, BiConsumer<String, Throwable> log) {
        this.decorators = List.copyOf(decorators);
        this.log = log;
    }

    /** No decorators. */
    public static NodeDecorators none() {
        return new NodeDecorators(List.of(), (message, cause) -> { });
    }

    public boolean isEmpty() {
        return decorators.isEmpty();
    }

    /**
     * {@code graph} with the badges of every decorator on the boxes of {@code organisation}'s posts and
     * units, in {@code locale}.
     */
    public DiagramGraph decorate(DiagramGraph graph, Organisation organisation, Locale locale) {
        if (decorators.isEmpty()) {
            return graph;
        }
        Map<String, EObject> objects = new HashMap<>();
        for (Unit unit : organisation.getUnits()) {
            collect(unit, objects);
        }
        List<DiagramNode> nodes = new ArrayList<>(graph.nodes().size());
        for (DiagramNode node : graph.nodes()) {
            EObject object = objects.get(node.id());
            List<Badge> badges = new ArrayList<>();
            if (object != null) {
                for (NodeDecorator decorator : decorators) {
                    try {
                        badges.addAll(decorator.badges(object, organisation, locale));
                    } catch (RuntimeException | LinkageError e) {
                        log.accept("diagram decorator " + decorator.getClass().getName() + " failed", e);
                    }
                }
            }
            nodes.add(badges.isEmpty() ? node : node.withBadges(badges));
        }
        return new DiagramGraph(graph.title(), graph.description(), nodes, graph.edges(), graph.clusters(), graph.kinds());
    }

    private static void collect(Unit unit, Map<String, EObject> objects) {
        objects.put(unit.getId(), unit);
        for (Post post : unit.getPosts()) {
            objects.put(post.getId(), post);
        }
        unit.getChildren().forEach(child -> collect(child, objects));
    }
}

package cn.qinglian.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/**
 * The decorators contributed to {@value #EXTENSION_POINT}, created on first use in the order of their
 * ids. A decorator that cannot be created, or fails on a box, is logged and left out: the diagram is
 * drawn without its badges.
 */
public final class NodeDecorators {

    public static final String EXTENSION_POINT = "cn.qinglian.diagram.decorators";

    private final List<NodeDecorator> decorators;
    private final Consumer<IStatus> log;

    /** Exactly {@code decorators} (plain Java, tests). */
    public NodeDecorators(List<NodeDecorator> decorators, Consumer<IStatus> log) {
        this.decorators = List.copyOf(decorators);
        this.log = log;
    }

    /** The decorators of the running platform; none outside OSGi. */
    public static NodeDecorators installed() {
        Consumer<IStatus> log = status -> ILog.of(NodeDecorators.class).log(status);
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return new NodeDecorators(registry == null ? List.of() : read(registry, log), log);
    }

    private static List<NodeDecorator> read(IExtensionRegistry registry, Consumer<IStatus> log) {
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparing(element -> String.valueOf(element.getAttribute("id"))));
        List<NodeDecorator> read = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            String contributor = element.getContributor().getName();
            try {
                if (element.createExecutableExtension("class") instanceof NodeDecorator decorator) {
                    read.add(decorator);
                } else {
                    log.accept(Status.warning("diagram decorator of " + contributor + " skipped: not a NodeDecorator"));
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                log.accept(Status.warning("diagram decorator of " + contributor + " skipped: the class cannot be created", e));
            }
        }
        return read;
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
                        log.accept(Status.error("diagram decorator " + decorator.getClass().getName() + " failed", e));
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

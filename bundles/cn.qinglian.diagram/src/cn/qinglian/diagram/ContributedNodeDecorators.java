package cn.qinglian.diagram;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import cn.qinglian.core.extensions.Contributions;

/**
 * The decorators contributed to {@value #EXTENSION_POINT}, created in the order of their ids (read with
 * {@link Contributions}: a broken contribution is logged and left out).
 */
public final class ContributedNodeDecorators {

    public static final String EXTENSION_POINT = "cn.qinglian.diagram.decorators";

    private ContributedNodeDecorators() {
    }

    /** The decorators of the running platform; none outside OSGi. */
    public static NodeDecorators installed() {
        ILog log = ILog.of(ContributedNodeDecorators.class);
        List<NodeDecorator> decorators = Contributions.create(RegistryFactory.getRegistry(), EXTENSION_POINT,
                NodeDecorator.class, log::log).stream().map(Contributions.Created::object).toList();
        return new NodeDecorators(decorators, (message, cause) -> log.log(Status.error(message, cause)));
    }
}

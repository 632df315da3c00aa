package cn.qinglian.inspection.categories;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import cn.qinglian.inspection.categories.FindingCategory.Group;

/**
 * Reads the finding categories contributed to {@value #EXTENSION_POINT} (schema
 * {@code schema/findingCategories.exsd}) when first asked, each call anew (cheap: a few elements), so
 * plug-ins installed later are seen. A bad contribution is logged and skipped.
 */
public final class FindingCategoryRegistry {

    public static final String EXTENSION_POINT = "cn.qinglian.inspection.findingCategories";

    private final IExtensionRegistry registry;

    public FindingCategoryRegistry() {
        this(Platform.getExtensionRegistry());
    }

    public FindingCategoryRegistry(IExtensionRegistry registry) {
        this.registry = registry;
    }

    /** Built-in plus contributed categories; only the built-in ones outside OSGi. */
    public FindingCategories categories() {
        if (registry == null) {
            return FindingCategories.builtIn();
        }
        List<FindingCategory> contributed = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                contributed.add(parse(element));
            } catch (RuntimeException e) {
                ILog.of(FindingCategoryRegistry.class).warn("finding category of "
                        + element.getContributor().getName() + " skipped: " + e.getMessage());
            }
        }
        return FindingCategories.with(contributed);
    }

    private static FindingCategory parse(IConfigurationElement element) {
        String id = element.getAttribute("id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no id");
        }
        String group = element.getAttribute("group");
        String order = element.getAttribute("order");
        return new FindingCategory(id.strip(),
                "work-style".equals(group) ? Group.WORK_STYLE : Group.VIOLATION,
                order == null ? 1000 : Integer.parseInt(order.strip()),
                element.getAttribute("name"), element.getAttribute("englishName"));
    }
}

package cn.qinglian.dropins.internal;

import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

import cn.qinglian.dropins.DropinMessages;

/** The mandatory requirements of an unresolved bundle that nothing installed provides, for a message. */
public final class MissingRequirements {

    private MissingRequirements() {
    }

    static String of(Bundle bundle, FrameworkWiring wiring) {
        StringJoiner missing = new StringJoiner("; ");
        for (BundleRequirement requirement : bundle.adapt(BundleRevision.class).getDeclaredRequirements(null)) {
            String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution)
                    || PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution)) {
                continue;
            }
            if (wiring.findProviders(requirement).isEmpty()) {
                missing.add(shown(requirement.getNamespace(),
                        requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "")));
            }
        }
        return missing.length() == 0 ? DropinMessages.format("conflict") : DropinMessages.format("missing", missing);
    }

    /** "bundle cn.qinglian.award" for a required bundle, "package x.y" for an imported package, else the filter. */
    public static String shown(String namespace, String filter) {
        Matcher name = Pattern.compile("\\(" + Pattern.quote(namespace) + "=([^)]+)\\)").matcher(filter);
        if (name.find() && BundleNamespace.BUNDLE_NAMESPACE.equals(namespace)) {
            return DropinMessages.format("missingBundle", name.group(1));
        }
        if (name.find(0) && PackageNamespace.PACKAGE_NAMESPACE.equals(namespace)) {
            return DropinMessages.format("missingPackage", name.group(1));
        }
        return namespace + " " + filter;
    }
}

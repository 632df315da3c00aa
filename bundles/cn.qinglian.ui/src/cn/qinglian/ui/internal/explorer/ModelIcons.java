package cn.qinglian.ui.internal.explorer;

import java.util.Locale;

import org.eclipse.jface.resource.ImageDescriptor;

import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * The workbench's own 16×16 icons: one per unit kind (a coloured square with 区 委 部 街 站 科 村 会), one per
 * post role (正 副 科 员 执 纪), people, holders, reporting lines and the explorer's folders.
 */
public final class ModelIcons {

    private static final String FOLDER = "/icons/model/";

    private ModelIcons() {
    }

    /** The icon of {@code element}, or null when the workbench has none of its own for it. */
    public static ImageDescriptor of(Object element) {
        String name = name(element);
        return name == null ? null : icon(name);
    }

    public static ImageDescriptor unit(UnitKind kind) {
        return icon("unit/" + kind.getName().toLowerCase(Locale.ROOT));
    }

    public static ImageDescriptor post(PostRole role) {
        return icon("post/" + role.getName().toLowerCase(Locale.ROOT));
    }

    public static ImageDescriptor holder() {
        return icon("holder");
    }

    private static ImageDescriptor icon(String name) {
        return ImageDescriptor.createFromFile(ModelIcons.class, FOLDER + name + ".png");
    }

    private static String name(Object element) {
        if (element instanceof Unit unit && unit.getKind() != null) {
            return "unit/" + unit.getKind().getName().toLowerCase(Locale.ROOT);
        }
        if (element instanceof Post post && post.getRole() != null) {
            return "post/" + post.getRole().getName().toLowerCase(Locale.ROOT);
        }
        if (element instanceof Tenure) {
            return "holder";
        }
        if (element instanceof Person) {
            return "person";
        }
        if (element instanceof ReportingLine) {
            return "reporting_line";
        }
        if (element instanceof ChargeAssignment) {
            return "charge_assignment";
        }
        if (element instanceof ExplorerGroup group) {
            return switch (group) {
                case PEOPLE -> "people";
                case REPORTING_LINES -> "reporting_lines";
                case CHARGE_ASSIGNMENTS -> "charge_assignments";
            };
        }
        return null;
    }
}

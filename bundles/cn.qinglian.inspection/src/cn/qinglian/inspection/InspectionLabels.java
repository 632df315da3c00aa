package cn.qinglian.inspection;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionTour;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.model.Named;

/**
 * Short readable labels of inspection objects and names of enum values in Chinese or English
 * ({@code labels*.properties} of this package). A complaint's label never contains its complainant.
 */
public final class InspectionLabels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public InspectionLabels(Locale locale) {
        this.locale = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("cn.qinglian.inspection.labels", this.locale,
                InspectionLabels.class.getClassLoader(), NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, or the key itself when missing. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The name of an enum value, e.g. 待整改 for RectificationState.OPEN; "" for null. */
    public String of(Enumerator value) {
        if (value == null) {
            return "";
        }
        return text(((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.getName());
    }

    /** A short label of an inspection or core object. */
    public String label(EObject object) {
        if (object == null) {
            return "";
        }
        if (object instanceof Rectification r) {
            return text("label.rectification") + "「" + nonNull(r.getMeasure()) + "」";
        }
        if (object instanceof Finding f) {
            return text("label.finding") + "「" + nonNull(f.getTitle()) + "」";
        }
        if (object instanceof Complaint c) {
            return text("label.complaint") + " " + nonNull(c.getNumber());
        }
        if (object instanceof InvestigationCase c) {
            return text("label.case") + "「" + nonNull(c.getTitle()) + "」";
        }
        if (object instanceof InspectionTour t) {
            return text("label.tour") + "「" + nonNull(t.getName()) + "」";
        }
        if (object instanceof Named n) {
            return nonNull(n.getName());
        }
        return object.eClass().getName();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

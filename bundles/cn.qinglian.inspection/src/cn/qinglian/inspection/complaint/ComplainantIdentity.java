package cn.qinglian.inspection.complaint;

import java.util.Locale;

import cn.qinglian.inspection.model.Complainant;
import cn.qinglian.inspection.model.Complaint;

/**
 * The confidentiality of complainants: every view and export shows {@link #hidden(Locale)} in place of
 * the complainant's identity. The identity is only read through {@link #revealed(Complaint)}, which callers
 * use after the reveal has been logged ({@code InspectionCommands.reveal}).
 */
public final class ComplainantIdentity {

    private ComplainantIdentity() {
    }

    /** What is shown instead of the complainant: "（保密）" / "(confidential)"; anonymous complaints say so. */
    public static String hidden(Complaint complaint, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        if (complaint.getComplainant() == null) {
            return zh ? "（匿名）" : "(anonymous)";
        }
        return hidden(locale);
    }

    public static String hidden(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "（保密）" : "(confidential)";
    }

    /** The identity as one line (name, organisation, contact); only after a logged reveal. */
    public static String revealed(Complaint complaint) {
        Complainant complainant = complaint.getComplainant();
        if (complainant == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(nonNull(complainant.getName()));
        if (complainant.getOrganisation() != null && !complainant.getOrganisation().isBlank()) {
            text.append("，").append(complainant.getOrganisation());
        }
        if (complainant.getContact() != null && !complainant.getContact().isBlank()) {
            text.append("，").append(complainant.getContact());
        }
        return text.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

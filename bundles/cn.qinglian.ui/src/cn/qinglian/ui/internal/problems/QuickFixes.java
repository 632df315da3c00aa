package cn.qinglian.ui.internal.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cn.qinglian.core.query.Posts;
import cn.qinglian.core.validation.rules.TenureDatesRule;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.UiMessages;

/** The obvious repairs of a diagnostic, each one undoable command. */
public final class QuickFixes {

    /** A repair: its menu label and the command doing it. */
    public record QuickFix(String label, Command command) {
    }

    private static final String SINGLE_HEAD = "unit.single-head";
    private static final String TENURE_DATES = "tenure.dates";

    private QuickFixes() {
    }

    public static List<QuickFix> of(Diagnostic diagnostic, EditingDomain domain, LocalDate asOf) {
        List<QuickFix> fixes = new ArrayList<>();
        Object first = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
        if (SINGLE_HEAD.equals(diagnostic.getSource()) && first instanceof Unit unit) {
            headCandidate(unit, asOf).ifPresent(post -> fixes.add(new QuickFix(
                    UiMessages.get("quickFixMakeHead", post.getName()),
                    SetCommand.create(domain, post, Literals.POST__ROLE, PostRole.HEAD))));
        }
        if (TENURE_DATES.equals(diagnostic.getSource()) && first instanceof Tenure tenure
                && tenure.getEnd() != null && tenure.getStart() != null && tenure.getEnd().isBefore(tenure.getStart())) {
            CompoundCommand swap = new CompoundCommand(UiMessages.get("quickFixSwapDates"));
            swap.append(SetCommand.create(domain, tenure, Literals.TENURE__START, tenure.getEnd()));
            swap.append(SetCommand.create(domain, tenure, Literals.TENURE__END, tenure.getStart()));
            fixes.add(new QuickFix(swap.getLabel(), swap));
            fixes.add(new QuickFix(UiMessages.get("quickFixClearEnd"),
                    SetCommand.create(domain, tenure, Literals.TENURE__END, null)));
        }
        if (TENURE_DATES.equals(diagnostic.getSource()) && diagnostic.getCode() == TenureDatesRule.OVERLAPPING_HEADS
                && diagnostic.getData().size() >= 3 && diagnostic.getData().get(1) instanceof Tenure earlier
                && diagnostic.getData().get(2) instanceof Tenure later) {
            endBefore(earlier, later, domain).ifPresent(fixes::add);
        }
        return fixes;
    }

    /**
     * Ends {@code earlier} the day before {@code later} starts, so the two head posts no longer overlap;
     * none when that day would be before {@code earlier} starts.
     */
    private static Optional<QuickFix> endBefore(Tenure earlier, Tenure later, EditingDomain domain) {
        if (earlier.getStart() == null || later.getStart() == null) {
            return Optional.empty();
        }
        LocalDate end = later.getStart().minusDays(1);
        if (end.isBefore(earlier.getStart())) {
            return Optional.empty();
        }
        String person = earlier.getPerson() == null ? "" : earlier.getPerson().getName();
        String post = earlier.getPost() == null ? "" : earlier.getPost().getName();
        return Optional.of(new QuickFix(UiMessages.get("quickFixEndOverlapping", person, post, end.toString()),
                SetCommand.create(domain, earlier, Literals.TENURE__END, end)));
    }

    /** A post of the unit with a current holder, leadership members first; none when no post is held. */
    static Optional<Post> headCandidate(Unit unit, LocalDate asOf) {
        return unit.getPosts().stream()
                .filter(post -> post.getRole() != PostRole.HEAD && !Posts.currentTenures(post, asOf).isEmpty())
                .min(Comparator.comparing(post -> post.getRole() == PostRole.LEADERSHIP_MEMBER ? 0 : 1));
    }
}

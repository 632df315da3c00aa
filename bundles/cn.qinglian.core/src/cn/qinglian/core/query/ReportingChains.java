package cn.qinglian.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.qinglian.core.query.ChainStep.Hop;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;

/**
 * The chain a report travels from a post up to the top of the hierarchy (the district).
 * <p>
 * The rule, applied from the starting post until no step is left:
 * <ol>
 * <li><b>Lines first.</b> The upward lines of a party are its outgoing reporting lines of kind
 * INTERNAL, LINE or LEVEL (MUTUAL lines go sideways and are never followed). A HEAD post also speaks
 * for its unit, so the lines leaving its unit count too, after the post's own lines. Lines are tried
 * INTERNAL before LINE before LEVEL, then in document order; the first one leading to a party not
 * yet on the chain is taken.</li>
 * <li><b>Hierarchy otherwise.</b> Without such a line the report goes to the head: a non-head post
 * to the HEAD post of its unit (or of the nearest ancestor unit that has one, as for sections); a HEAD
 * post to the HEAD post of the nearest ancestor of its unit that has one; a unit reached by a line to
 * its own HEAD post (or the nearest ancestor's, when it has none). Among several HEAD posts of a unit
 * the one held on the date wins.</li>
 * <li><b>End.</b> The chain ends at a party with neither, or when the next party is already on the
 * chain (a cycle never repeats).</li>
 * </ol>
 */
public final class ReportingChains {

    private static final Comparator<ReportingLine> UPWARD_PREFERENCE =
            Comparator.comparingInt(line -> rank(line.getKind()));

    private final OrganisationIndex index;

    public ReportingChains(OrganisationIndex index) {
        this.index = index;
    }

    /** The chain from {@code start}, starting with it; heads are chosen as of {@code asOf}. */
    public List<ChainStep> from(Post start, LocalDate asOf) {
        List<ChainStep> chain = new ArrayList<>();
        Set<Party> visited = new HashSet<>();
        ChainStep step = new ChainStep(start, null, Hop.START);
        while (step != null && visited.add(step.party())) {
            chain.add(step);
            step = next(step.party(), visited, asOf);
        }
        return chain;
    }

    private ChainStep next(Party party, Set<Party> visited, LocalDate asOf) {
        for (ReportingLine line : upwardLines(party)) {
            if (line.getTo() != null && !visited.contains(line.getTo())) {
                return new ChainStep(line.getTo(), line, Hop.REPORTING_LINE);
            }
        }
        return headAbove(party, asOf).map(head -> new ChainStep(head, null, Hop.HEAD_OF_UNIT)).orElse(null);
    }

    private List<ReportingLine> upwardLines(Party party) {
        List<ReportingLine> lines = new ArrayList<>(upward(index.linesFrom(party)));
        if (party instanceof Post post && post.getRole() == PostRole.HEAD && post.getUnit() != null) {
            lines.addAll(upward(index.linesFrom(post.getUnit())));
        }
        return lines;
    }

    private static List<ReportingLine> upward(List<ReportingLine> lines) {
        return lines.stream().filter(line -> line.getKind() != ReportingKind.MUTUAL).sorted(UPWARD_PREFERENCE)
                .toList();
    }

    private static Optional<Post> headAbove(Party party, LocalDate asOf) {
        if (party instanceof Unit unit) {
            return Units.nearestHeadPost(unit, asOf);
        }
        Post post = (Post) party;
        Unit unit = post.getUnit();
        if (unit == null) {
            return Optional.empty();
        }
        if (post.getRole() != PostRole.HEAD) {
            return Units.nearestHeadPost(unit, asOf);
        }
        return unit.getParent() == null ? Optional.empty() : Units.nearestHeadPost(unit.getParent(), asOf);
    }

    private static int rank(ReportingKind kind) {
        return switch (kind) {
            case INTERNAL -> 0;
            case LINE -> 1;
            case LEVEL -> 2;
            case MUTUAL -> 3;
        };
    }
}

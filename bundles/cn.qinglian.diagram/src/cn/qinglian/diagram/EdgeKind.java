package cn.qinglian.diagram;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.qinglian.model.ReportingKind;

/**
 * What an edge of a diagram stands for. The first five are the kinds a user chooses (command line
 * names {@code level, line, internal, mutual, cc}); the last two are drawn by the scopes that need them.
 */
public enum EdgeKind {
    /** 逐级报告: a {@link ReportingKind#LEVEL} line. Solid. */
    LEVEL("level"),
    /** 系统报告: a {@link ReportingKind#LINE} line. Dashed. */
    LINE("line"),
    /** 内部报告: an {@link ReportingKind#INTERNAL} line. Dotted. */
    INTERNAL("internal"),
    /** 相互报告: a {@link ReportingKind#MUTUAL} line. Arrowheads at both ends. */
    MUTUAL("mutual"),
    /** 廉政抄告: a copy notice, from the notifying party to each party notified. Grey. */
    CC("cc"),
    /** A report going to the head of the unit without a reporting line (a step of a chain). Thin, solid. */
    HEAD_OF_UNIT("head"),
    /** 分管: a leader in charge of a unit (the leader scope); the edge goes from the unit to the leader. */
    CHARGE("charge");

    private final String cliName;

    EdgeKind(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line and in files: level, line, internal, mutual, cc, head, charge. */
    public String cliName() {
        return cliName;
    }

    /** The five kinds a user chooses among (everything but the structural kinds). */
    public static Set<EdgeKind> selectable() {
        return EnumSet.of(LEVEL, LINE, INTERNAL, MUTUAL, CC);
    }

    /** Whether a user chooses this kind (true) or the scope draws it when needed (false). */
    public boolean isSelectable() {
        return selectable().contains(this);
    }

    /** The edge kind of a reporting line's kind. */
    public static EdgeKind of(ReportingKind kind) {
        return switch (kind) {
            case LEVEL -> LEVEL;
            case LINE -> LINE;
            case INTERNAL -> INTERNAL;
            case MUTUAL -> MUTUAL;
        };
    }

    /** The kind named {@code name} (its {@link #cliName()}, any case), if any. */
    public static Optional<EdgeKind> byCliName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (EdgeKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

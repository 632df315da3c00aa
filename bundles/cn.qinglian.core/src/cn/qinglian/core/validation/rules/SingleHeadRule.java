package cn.qinglian.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.Units;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * {@value #ID}: every unit with posts has exactly one current head: one tenure, current on the date,
 * of a HEAD post. Sections are led by section heads and answer to the head of the unit above, so they
 * are not checked.
 */
public final class SingleHeadRule extends BuiltInRule {

    public static final String ID = "unit.single-head";

    /** No current head; data: the unit. */
    public static final int NO_HEAD = 1;
    /** More than one current head; data: the unit, then the current head tenures. */
    public static final int SEVERAL_HEADS = 2;

    public SingleHeadRule() {
        super(ID, Diagnostic.ERROR);
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        for (Unit unit : context.index().units()) {
            if (unit.getKind() == UnitKind.SECTION || unit.getPosts().isEmpty()) {
                continue;
            }
            List<Tenure> heads = new ArrayList<>();
            for (Post head : Units.headPosts(unit)) {
                heads.addAll(Posts.currentTenures(head, context.asOf()));
            }
            if (heads.isEmpty()) {
                context.report(NO_HEAD, message(context, "none", unit, context.asOf()), unit);
            } else if (heads.size() > 1) {
                List<Object> data = new ArrayList<>();
                data.add(unit);
                data.addAll(heads);
                context.report(SEVERAL_HEADS,
                        message(context, "several", unit, heads.size(), context.asOf(), holders(heads)),
                        data.toArray());
            }
        }
    }

    private static String holders(List<Tenure> heads) {
        StringJoiner joined = new StringJoiner(", ");
        for (Tenure tenure : heads) {
            String person = tenure.getPerson() == null ? "?" : tenure.getPerson().getName();
            joined.add(person + " (" + tenure.getPost().getName() + ")");
        }
        return joined.toString();
    }
}

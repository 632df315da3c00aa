package cn.qinglian.evaluation.rules;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.Ballot;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.model.Organisation;

/**
 * {@value #ID}: every ballot of a democratic appraisal carries an issued token, and no token is used
 * twice (a ballot is cast once). Such ballots are not counted; the message names the appraisal and the
 * number of ballots, never a token.
 */
public final class BallotTokenRule extends EvaluationRule {

    public static final String ID = "evaluation.ballot-token";

    /** Ballots with a token not issued; data: the appraisal. */
    public static final int UNKNOWN_TOKEN = 1;
    /** Tokens used more than once; data: the appraisal. */
    public static final int REUSED_TOKEN = 2;

    public BallotTokenRule() {
        super(ID, Diagnostic.ERROR);
    }

    @Override
    void check(Organisation organisation, Evaluation evaluation, RuleContext context) {
        for (Appraisal appraisal : evaluation.getAppraisals()) {
            Set<String> issued = new HashSet<>(appraisal.getIssuedTokens());
            Set<String> used = new HashSet<>();
            int unknown = 0;
            int reused = 0;
            for (Ballot ballot : appraisal.getBallots()) {
                if (ballot.getToken() == null || !issued.contains(ballot.getToken())) {
                    unknown++;
                } else if (!used.add(ballot.getToken())) {
                    reused++;
                }
            }
            if (unknown > 0) {
                context.report(UNKNOWN_TOKEN, message(context, "unknown", appraisal.getName(), unknown), appraisal);
            }
            if (reused > 0) {
                context.report(REUSED_TOKEN, message(context, "reused", appraisal.getName(), reused), appraisal);
            }
        }
    }
}

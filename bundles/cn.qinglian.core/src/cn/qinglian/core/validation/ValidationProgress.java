package cn.qinglian.core.validation;

/** Hears about a validation run's progress: called after each rule. */
@FunctionalInterface
public interface ValidationProgress {

    /** Does nothing. */
    ValidationProgress NONE = (ruleId, done, total) -> {
    };

    /**
     * @param ruleId the rule just finished
     * @param done how many rules have run
     * @param total how many rules the run has
     */
    void ruleDone(String ruleId, int done, int total);
}

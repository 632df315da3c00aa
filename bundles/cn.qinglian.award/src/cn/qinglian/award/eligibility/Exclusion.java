package cn.qinglian.award.eligibility;

/** One rule excluding a nominee: the rule's id and name, and why, in the user's language. */
public record Exclusion(String ruleId, String ruleName, String reason) {
}

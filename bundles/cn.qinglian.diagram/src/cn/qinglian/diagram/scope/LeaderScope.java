package cn.qinglian.diagram.scope;

/**
 * A district leader's 分管 line: the leader posts the person holds, the units in their charge on the
 * date (with their sub-units and posts), a 分管 edge from each unit in charge to its leader, and the
 * lines of the chosen kinds among all of them.
 *
 * @param personId the leader's person id
 */
public record LeaderScope(String personId) implements DiagramScope {

    @Override
    public String text() {
        return "leader:" + personId;
    }
}

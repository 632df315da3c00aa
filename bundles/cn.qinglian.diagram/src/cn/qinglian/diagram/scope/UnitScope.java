package cn.qinglian.diagram.scope;

/**
 * A unit and everything below it: its posts, its sub-units and their posts, the lines among them, and
 * the lines leaving them upwards (their far ends drawn as outside nodes).
 *
 * @param unitPath the unit's path, e.g. {@code L区/区市场监管局/城东市场监管所}
 */
public record UnitScope(String unitPath) implements DiagramScope {

    @Override
    public String text() {
        return "unit:" + unitPath;
    }
}

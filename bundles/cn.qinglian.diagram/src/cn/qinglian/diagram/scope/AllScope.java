package cn.qinglian.diagram.scope;

/** Every reporting line (and copy notice) of the chosen kinds in the organisation, with their ends. */
public record AllScope() implements DiagramScope {

    @Override
    public String text() {
        return "all";
    }
}

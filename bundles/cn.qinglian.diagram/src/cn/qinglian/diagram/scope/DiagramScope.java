package cn.qinglian.diagram.scope;

/**
 * Which part of the organisation a diagram shows, as written on the command line:
 * <ul>
 * <li>{@code unit:<unit path>} — a unit and everything below it ({@link UnitScope});</li>
 * <li>{@code chain:<person id>} or {@code chain:<post path>} — the chain from a person's current posts
 * (or from one post) up to the district ({@link ChainScope});</li>
 * <li>{@code leader:<person id>} — the 分管 line of a district leader: the units in the charge of the
 * leader posts the person holds, and their lines ({@link LeaderScope});</li>
 * <li>{@code all} — every line of the chosen kinds ({@link AllScope}).</li>
 * </ul>
 * Unit and post paths are those of {@link cn.qinglian.core.query.ObjectPaths}.
 */
public sealed interface DiagramScope permits UnitScope, ChainScope, LeaderScope, AllScope {

    /** The scope as written on the command line. */
    String text();

    /**
     * Reads a scope from its text form.
     *
     * @throws ScopeException when the text has none of the forms above (the message says which are allowed)
     */
    static DiagramScope parse(String text) throws ScopeException {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.equals("all")) {
            return new AllScope();
        }
        int colon = trimmed.indexOf(':');
        String value = colon < 0 ? "" : trimmed.substring(colon + 1).strip();
        String form = colon < 0 ? trimmed : trimmed.substring(0, colon);
        if (!value.isEmpty()) {
            switch (form) {
                case "unit":
                    return new UnitScope(value);
                case "chain":
                    return new ChainScope(value);
                case "leader":
                    return new LeaderScope(value);
                default:
                    break;
            }
        }
        throw new ScopeException(ScopeMessages.format("badScope", trimmed));
    }
}

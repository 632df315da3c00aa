package cn.qinglian.diagram.scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.qinglian.core.query.ChainStep;
import cn.qinglian.core.query.Charges;
import cn.qinglian.core.query.Dated;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.ReportingChains;
import cn.qinglian.core.query.Units;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.NodeDecorators;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.CopyNotice;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * Turns a scope of one organisation into a {@link DiagramGraph}. Reads the model only; build a new
 * instance after the model changes (it keeps an {@link OrganisationIndex} snapshot).
 */
public final class DiagramGraphs {

    private final NodeDecorators decorators;
    private final Organisation organisation;
    private final OrganisationIndex index;
    private final LocalDate asOf;
    private final Locale locale;

    /**
     * @param organisation the organisation to draw
     * @param asOf the date for post holders, charges and heads
     * @param locale the language of labels, titles and error messages
     */
    public DiagramGraphs(Organisation organisation, LocalDate asOf, Locale locale) {
        this(organisation, asOf, locale, NodeDecorators.none());
    }

    /** Graphs whose boxes carry the badges of {@code decorators}. */
    public DiagramGraphs(Organisation organisation, LocalDate asOf, Locale locale, NodeDecorators decorators) {
        this.decorators = Objects.requireNonNull(decorators);
        this.organisation = Objects.requireNonNull(organisation);
        this.index = OrganisationIndex.of(organisation);
        this.asOf = Objects.requireNonNull(asOf);
        this.locale = Objects.requireNonNull(locale);
    }

    /**
     * The graph of {@code scope} with edges of {@code kinds} (chains always show their own steps).
     *
     * @param hierarchy whether to add unit clusters (nested boxes)
     * @throws ScopeException when the scope names a unit, post or person the organisation lacks, a
     *         person without a post on the date, or a leader without charges; the message names it
     */
    public DiagramGraph graph(DiagramScope scope, Set<EdgeKind> kinds, boolean hierarchy) throws ScopeException {
        // instanceof, not a pattern switch: that one's bootstrap generates a class at the first call,
        // milliseconds of every batch export's start
        DiagramGraph graph;
        if (scope instanceof UnitScope unit) {
            graph = unit(unitAt(unit.unitPath()), kinds, hierarchy);
        } else if (scope instanceof ChainScope chain) {
            graph = chainGraph(chain, kinds, hierarchy);
        } else if (scope instanceof LeaderScope leader) {
            graph = leader(person(leader.personId()), kinds, hierarchy);
        } else if (scope instanceof AllScope) {
            graph = all(kinds, hierarchy);
        } else {
            throw new IllegalArgumentException("scope " + scope); // a new kind of DiagramScope needs a case here
        }
        return decorators.decorate(graph, organisation, locale);
    }

    /** The unit at {@code path}. */
    public Unit unitAt(String path) throws ScopeException {
        return ObjectPaths.unitByPath(organisation, path)
                .orElseThrow(() -> new ScopeException(ScopeMessages.format(locale, "unknownUnit", path)));
    }

    /** The person with the roster id {@code personId}. */
    public Person person(String personId) throws ScopeException {
        for (Person person : organisation.getPeople()) {
            if (personId.equals(person.getPersonId())) {
                return person;
            }
        }
        throw new ScopeException(ScopeMessages.format(locale, "unknownPerson", personId));
    }

    /** Every station (基层站所) in document order: the units {@code --scope each-unit} draws. */
    public List<Unit> stations() {
        return index.units().stream().filter(unit -> unit.getKind() == UnitKind.STATION).toList();
    }

    /** {@code unit}, its posts and sub-units, the lines among them and those leaving them. */
    public DiagramGraph unit(Unit unit, Set<EdgeKind> kinds, boolean hierarchy) {
        GraphCollector graph = new GraphCollector(asOf, locale);
        List<Unit> subtree = Units.subtree(unit);
        Set<Party> inside = new LinkedHashSet<>();
        for (Unit u : subtree) {
            inside.addAll(u.getPosts());
        }
        inside.forEach(post -> graph.party(post, false));
        for (Unit u : subtree) {
            if (!index.linesFrom(u).isEmpty() || !index.linesTo(u).isEmpty()) {
                inside.add(u);
            }
        }
        for (Party party : inside) {
            for (ReportingLine line : index.linesFrom(party)) {
                if (line.getTo() != null && kinds.contains(EdgeKind.of(line.getKind()))) {
                    graph.party(party, false);
                    graph.party(line.getTo(), !inside.contains(line.getTo()));
                    graph.edge(line.getId(), party, line.getTo(), EdgeKind.of(line.getKind()));
                }
            }
        }
        addCopyNotices(graph, kinds, inside, false);
        return graph.graph(ScopeMessages.format(locale, "titleUnit", unit.getName()),
                new UnitScope(ObjectPaths.unitPath(unit)).text(), kinds, hierarchy);
    }

    /** The chains from each of {@code starts} up to the district, titled with {@code subject}. */
    public DiagramGraph chain(List<Post> starts, String subject, Set<EdgeKind> kinds, boolean hierarchy,
            String scopeText) {
        GraphCollector graph = new GraphCollector(asOf, locale);
        ReportingChains chains = new ReportingChains(index);
        for (Post start : starts) {
            List<ChainStep> steps = chains.from(start, asOf);
            Party previous = null;
            for (ChainStep step : steps) {
                graph.party(step.party(), false);
                if (previous != null) {
                    ReportingLine line = step.line();
                    if (line != null) {
                        graph.edge(line.getId(), previous, step.party(), EdgeKind.of(line.getKind()));
                    } else {
                        graph.edge("head:" + previous.getId() + ">" + step.party().getId(), previous, step.party(),
                                EdgeKind.HEAD_OF_UNIT);
                    }
                }
                previous = step.party();
            }
        }
        return graph.graph(ScopeMessages.format(locale, "titleChain", subject), scopeText, kinds, hierarchy);
    }

    /** The 分管 line of {@code leader}: see {@link LeaderScope}. */
    public DiagramGraph leader(Person leader, Set<EdgeKind> kinds, boolean hierarchy) throws ScopeException {
        GraphCollector graph = new GraphCollector(asOf, locale);
        Charges charges = new Charges(index);
        Set<Party> inside = new LinkedHashSet<>();
        List<Post> leaderPosts = new ArrayList<>();
        for (Post post : currentPosts(leader)) {
            List<ChargeAssignment> current = index.chargesLedBy(post).stream()
                    .filter(assignment -> Dated.isCurrent(assignment, asOf)).toList();
            if (current.isEmpty()) {
                continue;
            }
            leaderPosts.add(post);
            graph.party(post, false);
            inside.add(post);
            for (ChargeAssignment assignment : current) {
                for (Unit unit : assignment.getUnits()) {
                    graph.party(unit, false);
                    graph.edge(assignment.getId(), unit, post, EdgeKind.CHARGE);
                }
            }
            for (Unit unit : charges.unitsInCharge(post, asOf, true)) {
                inside.add(unit);
                for (Post member : unit.getPosts()) {
                    graph.party(member, false);
                    inside.add(member);
                }
            }
        }
        if (leaderPosts.isEmpty()) {
            throw new ScopeException(ScopeMessages.format(locale, "notALeader", leader.getPersonId(), asOf));
        }
        for (Party party : inside) {
            for (ReportingLine line : index.linesFrom(party)) {
                if (inside.contains(line.getTo()) && kinds.contains(EdgeKind.of(line.getKind()))) {
                    graph.party(party, false);
                    graph.party(line.getTo(), false);
                    graph.edge(line.getId(), party, line.getTo(), EdgeKind.of(line.getKind()));
                }
            }
        }
        addCopyNotices(graph, kinds, inside, true);
        return graph.graph(ScopeMessages.format(locale, "titleLeader", leader.getName()),
                new LeaderScope(leader.getPersonId()).text(), kinds, hierarchy);
    }

    /** Every line of {@code kinds} in the organisation. */
    public DiagramGraph all(Set<EdgeKind> kinds, boolean hierarchy) {
        GraphCollector graph = new GraphCollector(asOf, locale);
        for (ReportingLine line : organisation.getReportingLines()) {
            EdgeKind kind = line.getKind() == null ? null : EdgeKind.of(line.getKind());
            if (kind != null && kinds.contains(kind) && line.getFrom() != null && line.getTo() != null) {
                graph.party(line.getFrom(), false);
                graph.party(line.getTo(), false);
                graph.edge(line.getId(), line.getFrom(), line.getTo(), kind);
            }
        }
        if (kinds.contains(EdgeKind.CC)) {
            for (CopyNotice notice : organisation.getCopyNotices()) {
                for (Party to : notice.getTo()) {
                    if (notice.getFrom() != null && to != null) {
                        graph.party(notice.getFrom(), false);
                        graph.party(to, false);
                        graph.edge(notice.getId(), notice.getFrom(), to, EdgeKind.CC);
                    }
                }
            }
        }
        return graph.graph(ScopeMessages.format(locale, "titleAll", organisation.getName()), "all", kinds,
                hierarchy);
    }

    private DiagramGraph chainGraph(ChainScope scope, Set<EdgeKind> kinds, boolean hierarchy)
            throws ScopeException {
        if (scope.isPostPath()) {
            Optional<Post> post = ObjectPaths.postByPath(organisation, scope.subject());
            if (post.isEmpty()) {
                throw new ScopeException(ScopeMessages.format(locale, "unknownPost", scope.subject()));
            }
            return chain(List.of(post.get()), post.get().getName(), kinds, hierarchy, scope.text());
        }
        Person person = person(scope.subject());
        List<Post> posts = currentPosts(person);
        if (posts.isEmpty()) {
            throw new ScopeException(ScopeMessages.format(locale, "noCurrentPost", person.getPersonId(), asOf));
        }
        return chain(posts, person.getName(), kinds, hierarchy, scope.text());
    }

    private List<Post> currentPosts(Person person) {
        Set<Post> posts = new LinkedHashSet<>();
        for (Tenure tenure : person.getTenures()) {
            if (tenure.getPost() != null && Dated.isCurrent(tenure, asOf)) {
                posts.add(tenure.getPost());
            }
        }
        return List.copyOf(posts);
    }

    private void addCopyNotices(GraphCollector graph, Set<EdgeKind> kinds, Set<Party> inside, boolean bothInside) {
        if (!kinds.contains(EdgeKind.CC)) {
            return;
        }
        for (CopyNotice notice : organisation.getCopyNotices()) {
            Party from = notice.getFrom();
            if (from == null || !inside.contains(from)) {
                continue;
            }
            for (Party to : notice.getTo()) {
                boolean toInside = inside.contains(to);
                if (to != null && (toInside || !bothInside)) {
                    graph.party(from, false);
                    graph.party(to, !toInside);
                    graph.edge(notice.getId(), from, to, EdgeKind.CC);
                }
            }
        }
    }
}

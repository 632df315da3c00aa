package cn.qinglian.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.CopyNotice;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Named;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * Readable, stable paths of model objects, for command-line output, messages and imports:
 * <table>
 * <caption>Path forms</caption>
 * <tr><td>unit</td><td>{@code L区/区市场监管局/城东市场监管所/综合科}: names from the top unit down</td></tr>
 * <tr><td>post</td><td>{@code <unit path>#<post title>}</td></tr>
 * <tr><td>person</td><td>{@code person:<personId> <name>}</td></tr>
 * <tr><td>tenure</td><td>{@code tenure:<personId> @ <post path> <start>..<end>} (end empty while held)</td></tr>
 * <tr><td>reporting line</td><td>{@code line:<from path> -> <to path>}</td></tr>
 * <tr><td>charge assignment</td><td>{@code charge:<leader post path> -> <unit path>, <unit path>...}</td></tr>
 * <tr><td>report</td><td>{@code report:<date> <reporter personId> -> <recipient personId>}</td></tr>
 * <tr><td>copy notice</td><td>{@code notice:<date> <from path>}</td></tr>
 * <tr><td>organisation</td><td>{@code organisation:<name>}</td></tr>
 * <tr><td>anything else (e.g. a module's objects)</td><td>{@code <type>:<name>}, {@code <type>:<number>} or {@code <type>:<title>} (the first attribute of these set), else {@code <type>:<id>}</td></tr>
 * </table>
 * In unit names and post titles the characters {@code / # \} are written {@code \/ \# \\}, so every
 * unit and post path reads back with {@link #unitByPath} and {@link #postByPath}. Sibling units (or
 * posts of a unit) with the same name share a path; the look-ups return the first in document order.
 */
public final class ObjectPaths {

    private static final char SEPARATOR = '/';
    private static final char POST_MARK = '#';
    private static final char ESCAPE = '\\';
    private static final String UNKNOWN = "?";
    private static final List<String> CAPTION_ATTRIBUTES = List.of("name", "number", "title");

    private ObjectPaths() {
    }

    /** The path of any model object; {@code "-"} for {@code null}. */
    public static String path(EObject object) {
        if (object == null) {
            return "-";
        }
        if (object instanceof Unit unit) {
            return unitPath(unit);
        }
        if (object instanceof Post post) {
            return postPath(post);
        }
        if (object instanceof Person person) {
            return "person:" + text(person.getPersonId()) + " " + text(person.getName());
        }
        if (object instanceof Tenure tenure) {
            return "tenure:" + (tenure.getPerson() == null ? UNKNOWN : text(tenure.getPerson().getPersonId()))
                    + " @ " + partyPath(tenure.getPost()) + " " + text(tenure.getStart()) + ".."
                    + (tenure.getEnd() == null ? "" : tenure.getEnd().toString());
        }
        if (object instanceof ReportingLine line) {
            return "line:" + partyPath(line.getFrom()) + " -> " + partyPath(line.getTo());
        }
        return otherPath(object);
    }

    private static String otherPath(EObject object) {
        if (object instanceof ChargeAssignment charge) {
            StringJoiner units = new StringJoiner(", ");
            charge.getUnits().forEach(unit -> units.add(unitPath(unit)));
            return "charge:" + partyPath(charge.getLeader()) + " -> " + units;
        }
        if (object instanceof Report report) {
            return "report:" + text(report.getDate()) + " " + personId(report.getReporter()) + " -> "
                    + personId(report.getRecipient());
        }
        if (object instanceof CopyNotice notice) {
            return "notice:" + text(notice.getDate()) + " " + partyPath(notice.getFrom());
        }
        if (object instanceof Organisation organisation) {
            return "organisation:" + text(organisation.getName());
        }
        String caption = caption(object);
        if (caption != null) {
            return object.eClass().getName() + ":" + caption;
        }
        if (object instanceof Identified identified) {
            return object.eClass().getName() + ":" + text(identified.getId());
        }
        return object.eClass().getName();
    }

    /**
     * What a module's object is called, for objects the core does not know: its {@code name},
     * {@code number} or {@code title} attribute (the first one set), else {@code null}.
     */
    private static String caption(EObject object) {
        for (String attribute : CAPTION_ATTRIBUTES) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(attribute);
            if (feature instanceof EAttribute && !feature.isMany() && object.eGet(feature) != null
                    && !String.valueOf(object.eGet(feature)).isBlank()) {
                return String.valueOf(object.eGet(feature));
            }
        }
        return null;
    }

    /** The names of the units from the top unit down to {@code unit}, joined by {@code /}. */
    public static String unitPath(Unit unit) {
        List<Unit> chain = Units.ancestorsOrSelf(unit);
        StringBuilder path = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            escape(chain.get(i).getName(), path);
            if (i > 0) {
                path.append(SEPARATOR);
            }
        }
        return path.toString();
    }

    /** {@code <unit path>#<post title>}. */
    public static String postPath(Post post) {
        StringBuilder path = new StringBuilder(post.getUnit() == null ? UNKNOWN : unitPath(post.getUnit()));
        path.append(POST_MARK);
        escape(post.getName(), path);
        return path.toString();
    }

    /** The path of a unit or post, {@code ?} for {@code null}. */
    public static String partyPath(Party party) {
        if (party instanceof Unit unit) {
            return unitPath(unit);
        }
        if (party instanceof Post post) {
            return postPath(post);
        }
        return UNKNOWN;
    }

    /** The unit at {@code path} (as written by {@link #unitPath}), if any. */
    public static Optional<Unit> unitByPath(Organisation organisation, String path) {
        return ParsedPath.of(path).filter(parsed -> parsed.title() == null)
                .flatMap(parsed -> unitNamed(organisation, parsed.unitNames()));
    }

    /** The post at {@code path} (as written by {@link #postPath}), if any. */
    public static Optional<Post> postByPath(Organisation organisation, String path) {
        return ParsedPath.of(path).filter(parsed -> parsed.title() != null)
                .flatMap(parsed -> unitNamed(organisation, parsed.unitNames())
                        .map(unit -> named(unit.getPosts(), parsed.title())));
    }

    private static Optional<Unit> unitNamed(Organisation organisation, List<String> names) {
        List<Unit> candidates = organisation.getUnits();
        Unit found = null;
        for (String name : names) {
            found = named(candidates, name);
            if (found == null) {
                return Optional.empty();
            }
            candidates = found.getChildren();
        }
        return Optional.ofNullable(found);
    }

    private static <T extends Named> T named(List<T> candidates, String name) {
        for (T candidate : candidates) {
            if (text(candidate.getName(), "").equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    /** A unit or post path read back: the unit names and, for a post, its title. */
    private record ParsedPath(List<String> unitNames, String title) {

        static Optional<ParsedPath> of(String path) {
            List<String> names = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean inTitle = false;
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == ESCAPE && i + 1 < path.length()) {
                    part.append(path.charAt(++i));
                } else if (c == SEPARATOR || c == POST_MARK) {
                    if (inTitle) {
                        return Optional.empty();
                    }
                    names.add(part.toString());
                    part.setLength(0);
                    inTitle = c == POST_MARK;
                } else {
                    part.append(c);
                }
            }
            if (inTitle) {
                return Optional.of(new ParsedPath(names, part.toString()));
            }
            names.add(part.toString());
            return Optional.of(new ParsedPath(names, null));
        }
    }

    private static void escape(String name, StringBuilder into) {
        if (name == null) {
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == SEPARATOR || c == POST_MARK || c == ESCAPE) {
                into.append(ESCAPE);
            }
            into.append(c);
        }
    }

    private static String personId(Person person) {
        return person == null ? UNKNOWN : text(person.getPersonId());
    }

    private static String text(Object value) {
        return text(value, UNKNOWN);
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }
}

package cn.qinglian.core.roster;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.qinglian.core.roster.WorkspaceIndex.Holding;
import cn.qinglian.core.roster.WorkspaceIndex.TenureKey;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * Creates and updates the organisation's objects from checked rows: units along each path, posts
 * by title within their unit, people by person id, tenures by person, post and start, internal
 * reporting lines for reports_to. Existing objects are matched and only changed where the file
 * says otherwise, so applying the same rows twice changes nothing the second time.
 */
final class RosterApplier {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;
    private static final int PROGRESS_STEP = 2_000;

    private final Organisation organisation;
    private final WorkspaceIndex index;
    private final Map<String, UnitKind> declaredKinds;
    private final ImportSummary summary = new ImportSummary();
    private final Set<Object> updated = Collections.newSetFromMap(new IdentityHashMap<>());

    RosterApplier(Organisation organisation, Map<String, UnitKind> declaredKinds) {
        this.organisation = organisation;
        this.index = WorkspaceIndex.of(organisation);
        this.declaredKinds = declaredKinds;
    }

    ImportSummary apply(List<RosterRow> rows, RosterProgress progress) {
        int done = 0;
        for (RosterRow row : rows) {
            Unit unit = unit(row.unitNames());
            if (row.hasPost()) {
                Post post = post(unit, row);
                if (row.personId() != null) {
                    tenure(person(row), post, row);
                }
            }
            if (++done % PROGRESS_STEP == 0) {
                progress.worked(RosterProgress.Phase.APPLY, done, rows.size());
            }
        }
        rows.stream().filter(row -> row.reportsTo() != null).forEach(this::reportingLine);
        progress.worked(RosterProgress.Phase.APPLY, rows.size(), rows.size());
        return summary;
    }

    private Unit unit(List<String> names) {
        Unit unit = null;
        for (int depth = 1; depth <= names.size(); depth++) {
            unit = unit(RosterPaths.unitPath(names.subList(0, depth)), names.get(depth - 1), unit);
        }
        return unit;
    }

    private Unit unit(String path, String name, Unit parent) {
        Unit unit = index.units.get(path);
        UnitKind kind = declaredKinds.get(path);
        if (unit == null) {
            unit = identified(FACTORY.createUnit());
            unit.setName(name);
            unit.setKind(Objects.requireNonNull(kind, path));
            (parent == null ? organisation.getUnits() : parent.getChildren()).add(unit);
            index.units.put(path, unit);
            summary.countCreated(RosterObjectType.UNIT);
        } else if (kind != null && unit.getKind() != kind) {
            unit.setKind(kind);
            countUpdated(unit, RosterObjectType.UNIT);
        }
        return unit;
    }

    private Post post(Unit unit, RosterRow row) {
        Post post = index.posts.get(row.postPath());
        if (post == null) {
            post = identified(FACTORY.createPost());
            post.setName(row.postTitle());
            post.setRole(row.postRole());
            unit.getPosts().add(post);
            index.posts.put(row.postPath(), post);
            summary.countCreated(RosterObjectType.POST);
        } else if (post.getRole() != row.postRole()) {
            post.setRole(row.postRole());
            countUpdated(post, RosterObjectType.POST);
        }
        return post;
    }

    private Person person(RosterRow row) {
        Person person = index.people.get(row.personId());
        if (person == null) {
            person = identified(FACTORY.createPerson());
            person.setPersonId(row.personId());
            person.setName(row.personName());
            organisation.getPeople().add(person);
            index.people.put(row.personId(), person);
            summary.countCreated(RosterObjectType.PERSON);
        } else if (!row.personName().equals(person.getName())) {
            person.setName(row.personName());
            countUpdated(person, RosterObjectType.PERSON);
        }
        return person;
    }

    private void tenure(Person person, Post post, RosterRow row) {
        TenureKey key = new TenureKey(new Holding(row.personId(), row.postPath()), row.start());
        Tenure tenure = index.tenures.get(key);
        if (tenure == null) {
            tenure = identified(FACTORY.createTenure());
            tenure.setPost(post);
            tenure.setStart(row.start());
            tenure.setEnd(row.end());
            person.getTenures().add(tenure);
            index.tenures.put(key, tenure);
            summary.countCreated(RosterObjectType.TENURE);
        } else if (!Objects.equals(tenure.getEnd(), row.end())) {
            tenure.setEnd(row.end());
            countUpdated(tenure, RosterObjectType.TENURE);
        }
    }

    private void reportingLine(RosterRow row) {
        Post from = index.posts.get(row.postPath());
        Post to = Objects.requireNonNull(index.posts.get(row.reportsTo()), row.reportsTo());
        if (index.internalLines.add(WorkspaceIndex.lineKey(from.getId(), to.getId()))) {
            ReportingLine line = identified(FACTORY.createReportingLine());
            line.setKind(ReportingKind.INTERNAL);
            line.setFrom(from);
            line.setTo(to);
            organisation.getReportingLines().add(line);
            summary.countCreated(RosterObjectType.REPORTING_LINE);
        }
    }

    private void countUpdated(Object object, RosterObjectType type) {
        if (updated.add(object)) {
            summary.countUpdated(type);
        }
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }
}

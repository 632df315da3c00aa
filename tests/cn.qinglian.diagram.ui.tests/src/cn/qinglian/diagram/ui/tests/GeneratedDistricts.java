package cn.qinglian.diagram.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * Districts of a chosen size for timing the diagram workbench: the same shape as the issue's
 * Graphviz comparison, a tree of about N boxes plus N/4 extra lines. A district head; streets of 20
 * stations; a station has a head and nine staff who report to it (内部), its head reports to the street
 * head (逐级), who reports to the district head; N/4 staff also report to another station's head (系统).
 */
final class GeneratedDistricts {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;
    private static final int STATIONS_PER_STREET = 20;
    private static final int POSTS_PER_STATION = 10;

    private GeneratedDistricts() {
    }

    /** A district of at least {@code posts} posts, saved in {@code folder}; returns the district unit's name. */
    static String create(Path folder, int posts) throws WorkspaceException {
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        WorkspaceModel model = store.create(folder, "测试区");
        Organisation organisation = model.organisation();
        Random random = new Random(20261129);
        Unit district = unit(organisation.getUnits(), "测试区", UnitKind.DISTRICT);
        Post districtHead = post(district, "区委书记", PostRole.HEAD);
        List<Post> staff = new ArrayList<>();
        List<Post> heads = new ArrayList<>();
        int made = 1;
        for (int s = 1; made < posts; s++) {
            Unit street = unit(district.getChildren(), "第" + s + "街道", UnitKind.STREET);
            Post streetHead = post(street, "街道主任", PostRole.HEAD);
            line(organisation, streetHead, districtHead, ReportingKind.LEVEL);
            made++;
            for (int t = 1; t <= STATIONS_PER_STREET && made < posts; t++) {
                Unit station = unit(street.getChildren(), street.getName() + t + "所", UnitKind.STATION);
                Post head = post(station, "所长", PostRole.HEAD);
                line(organisation, head, streetHead, ReportingKind.LEVEL);
                heads.add(head);
                made++;
                for (int p = 1; p < POSTS_PER_STATION && made < posts; p++) {
                    Post member = post(station, "干部" + p, PostRole.STAFF);
                    line(organisation, member, head, ReportingKind.INTERNAL);
                    staff.add(member);
                    made++;
                }
            }
        }
        for (int extra = 0; extra < posts / 4; extra++) {
            Post from = staff.get(random.nextInt(staff.size()));
            Post to = heads.get(random.nextInt(heads.size()));
            if (to != from.getUnit().getPosts().get(0)) {
                line(organisation, from, to, ReportingKind.LINE);
            }
        }
        store.save(model);
        return district.getName();
    }

    private static Unit unit(List<Unit> siblings, String name, UnitKind kind) {
        Unit unit = identified(FACTORY.createUnit());
        unit.setName(name);
        unit.setKind(kind);
        siblings.add(unit);
        return unit;
    }

    private static Post post(Unit unit, String title, PostRole role) {
        Post post = identified(FACTORY.createPost());
        post.setName(title);
        post.setRole(role);
        unit.getPosts().add(post);
        return post;
    }

    private static void line(Organisation organisation, Party from, Party to, ReportingKind kind) {
        ReportingLine line = identified(FACTORY.createReportingLine());
        line.setKind(kind);
        line.setFrom(from);
        line.setTo(to);
        line.setCadence(Cadence.QUARTERLY);
        organisation.getReportingLines().add(line);
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }
}

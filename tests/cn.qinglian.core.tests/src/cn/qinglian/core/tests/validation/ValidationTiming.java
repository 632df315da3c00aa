package cn.qinglian.core.tests.validation;

import static cn.qinglian.model.Cadence.AD_HOC;
import static cn.qinglian.model.Cadence.HALF_YEARLY;
import static cn.qinglian.model.Cadence.MONTHLY;
import static cn.qinglian.model.Cadence.QUARTERLY;
import static cn.qinglian.model.ReportingKind.INTERNAL;
import static cn.qinglian.model.ReportingKind.LEVEL;
import static cn.qinglian.model.ReportingKind.LINE;
import static cn.qinglian.model.ReportingKind.MUTUAL;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.core.validation.rules.BuiltInRules;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.UnitKind;

/**
 * Timing harness (not a test): builds a synthetic district of about 52,000 staff and times the
 * built-in validation rules on it. Run with the classes of cn.qinglian.model, cn.qinglian.core, this
 * fragment and the EMF common, ecore and ecore.xmi jars on the class path:
 * <ul>
 * <li>{@code ValidationTiming [runs]}: builds the organisation in memory and validates it {@code runs}
 * times (the first run is cold: nothing compiled yet);</li>
 * <li>{@code ValidationTiming write DIR}: writes it as a workspace, for {@code qinglian validate};</li>
 * <li>{@code ValidationTiming load DIR [runs]}: what {@code qinglian validate} does in a fresh JVM: loads
 * the workspace (see {@link #load}), then validates.</li>
 * </ul>
 * <p>
 * Shape: the district (head, 8 deputy heads, discipline secretary), 15 departments and 10 streets
 * (head, 2 leadership members), 20 stations under each (head, 3 deputies, 5 sections of 1 section head
 * and 19 staff or enforcement officers), every post held, reporting lines as in the domain (staff →
 * section head → deputy ↔ head → district leader, station → discipline secretary), a charge
 * assignment per top unit and one report per staff line.
 */
public final class ValidationTiming {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private ValidationTiming() {
    }

    public static void main(String[] arguments) throws Exception {
        if (arguments.length >= 2 && arguments[0].equals("write")) {
            write(Path.of(arguments[1]));
        } else if (arguments.length >= 2 && arguments[0].equals("load")) {
            long start = System.nanoTime();
            Organisation organisation = load(Path.of(arguments[1]));
            System.out.printf("loaded %s in %d ms%n", arguments[1], (System.nanoTime() - start) / 1_000_000);
            time(organisation, arguments.length > 2 ? Integer.parseInt(arguments[2]) : 3);
        } else {
            long start = System.nanoTime();
            Organisation organisation = district();
            System.out.printf("built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            time(organisation, arguments.length > 0 ? Integer.parseInt(arguments[0]) : 10);
        }
    }

    /** Writes the synthetic district as a workspace into {@code folder}, for timing {@code qinglian validate}. */
    private static void write(Path folder) throws WorkspaceException {
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        WorkspaceModel model = store.create(folder, "L区");
        model.organisationResource().getContents().set(0, district());
        store.save(model);
        System.out.println("wrote " + folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE));
    }

    /**
     * Loads the organisation file as the workspace store does, but with an id map on the resource: without
     * one, EMF resolves each id reference by scanning the whole resource, which makes loading a 50,000
     * person file take many minutes.
     */
    private static Organisation load(Path folder) throws IOException {
        ResourceSet resourceSet = XmiWorkspaceStore.newResourceSet();
        Path file = folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE).toAbsolutePath();
        ResourceImpl resource = (ResourceImpl) resourceSet.createResource(URI.createFileURI(file.toString()));
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.load(Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));
        return (Organisation) resource.getContents().get(0);
    }

    private static void time(Organisation organisation, int runs) {
        System.out.printf("%,d people, %,d lines, %,d reports%n", organisation.getPeople().size(),
                organisation.getReportingLines().size(), organisation.getReports().size());
        WorkspaceValidator validator = new WorkspaceValidator(BuiltInRules.all());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[runs];
        Diagnostic result = null;
        for (int run = 0; run < runs; run++) {
            Map<String, Long> perRule = new LinkedHashMap<>();
            long cpu = threads.getCurrentThreadCpuTime();
            long[] last = { cpu };
            long start = System.nanoTime();
            result = validator.validate(organisation, AS_OF, Locale.SIMPLIFIED_CHINESE, (rule, done, total) -> {
                long now = threads.getCurrentThreadCpuTime();
                perRule.put(rule, (now - last[0]) / 1_000_000);
                last[0] = now;
            });
            times[run] = System.nanoTime() - start;
            System.out.printf("run %2d: %4d ms wall, %4d ms cpu (cpu per rule, index included: %s)%n", run + 1,
                    times[run] / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, perRule);
        }
        System.out.printf("problems found: %d%n", result.getChildren().size());
        long[] later = Arrays.copyOfRange(times, Math.min(1, runs - 1), runs);
        Arrays.sort(later);
        System.out.printf("first run %d ms, median of later runs %d ms (wall)%n", times[0] / 1_000_000,
                later[later.length / 2] / 1_000_000);
    }

    static Organisation district() {
        OrganisationBuilder b = OrganisationBuilder.organisation("L区").unit("L区", UnitKind.DISTRICT);
        Counter people = new Counter();
        b.staffed("L区#区委书记", PostRole.HEAD, people.next(), "区委书记", "2019-01-01");
        b.staffed("L区#区纪委书记", PostRole.DISCIPLINE_SECRETARY, people.next(), "区纪委书记", "2018-06-01");
        List<String> deputies = new ArrayList<>();
        for (int d = 1; d <= 8; d++) {
            String deputy = "L区#副区长" + d;
            b.staffed(deputy, PostRole.LEADERSHIP_MEMBER, people.next(), "副区长" + d, "2020-03-01");
            b.line(MUTUAL, deputy, "L区#区委书记", AD_HOC);
            deputies.add(deputy);
        }
        List<String> departments = new ArrayList<>();
        for (int t = 0; t < 25; t++) {
            boolean department = t < 15;
            String top = "L区/" + (department ? "部门" : "街道") + t;
            b.unit(top, department ? UnitKind.DEPARTMENT : UnitKind.STREET);
            if (department) {
                departments.add(top);
            }
            String deputy = deputies.get(t % deputies.size());
            leadership(b, people, top, 2);
            b.line(LINE, top + "#一把手", deputy, HALF_YEARLY);
            b.charge(deputy, "2021-01-01", null, top);
            for (int s = 0; s < 20; s++) {
                station(b, people, top + "/站所" + s, departments.get(t % departments.size()), deputy);
            }
        }
        return b.build();
    }

    private static void leadership(OrganisationBuilder b, Counter people, String unit, int members) {
        b.staffed(unit + "#一把手", PostRole.HEAD, people.next(), "一把手", "2016-01-01");
        for (int m = 1; m <= members; m++) {
            b.staffed(unit + "#班子成员" + m, PostRole.LEADERSHIP_MEMBER, people.next(), "班子成员", "2017-01-01");
            b.line(MUTUAL, unit + "#班子成员" + m, unit + "#一把手", QUARTERLY);
        }
    }

    private static void station(OrganisationBuilder b, Counter people, String station, String department,
            String deputy) {
        b.unit(station, UnitKind.STATION).competentDepartment(station, department);
        leadership(b, people, station, 3);
        b.line(LINE, station + "#一把手", deputy, HALF_YEARLY);
        b.line(LEVEL, station, "L区#区纪委书记", AD_HOC);
        for (int c = 0; c < 5; c++) {
            String section = station + "/科室" + c;
            String sectionHead = section + "#科长";
            b.unit(section, UnitKind.SECTION);
            String headId = people.next();
            b.staffed(sectionHead, PostRole.SECTION_HEAD, headId, "科长", "2015-01-01");
            b.line(INTERNAL, sectionHead, station + "#班子成员" + (c % 3 + 1), QUARTERLY);
            for (int p = 0; p < 19; p++) {
                String post = section + "#科员" + p;
                String personId = people.next();
                b.staffed(post, p % 2 == 0 ? PostRole.STAFF : PostRole.ENFORCEMENT_OFFICER, personId, "科员",
                        "2020-07-01");
                b.line(INTERNAL, post, sectionHead, MONTHLY);
                b.report(post, sectionHead, "2024-0" + (p % 6 + 1) + "-15", personId, headId);
            }
        }
    }

    /** Person ids P00001, P00002, ... */
    private static final class Counter {
        private int next;

        String next() {
            return String.format("P%05d", ++next);
        }
    }
}

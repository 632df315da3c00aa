package cn.qinglian.core.tests.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.roster.ImportSummary;
import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterObjectType;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleRoster;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** The roster CSV in the roster-import format, as Excel opens it. */
class SampleRosterTest {

    @TempDir
    Path folder;

    @Test
    void rosterHasTheImportColumnsAByteOrderMarkAndOneRowPerTenure() throws Exception {
        Organisation organisation = new SampleGenerator().generate(SampleSettings.lDistrict());
        Path file = folder.resolve("roster.csv");
        int rows = SampleRoster.write(organisation, file);
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF, "no UTF-8 byte order mark");
        List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertEquals("unit_path,unit_kind,post_title,post_role,person_id,person_name,start_date,end_date,reports_to",
                lines.get(0));
        long tenures = organisation.getPeople().stream().mapToLong(p -> p.getTenures().size()).sum();
        assertEquals(tenures, rows);
        long unitsWithoutStaff = lines.stream().filter(l -> l.endsWith(",,,,,,,")).count();
        assertEquals(java.util.List.of("L区,DISTRICT,,,,,,,", "L区/区纪委,LEADERSHIP_BODY,,,,,,,"),
                lines.stream().filter(l -> l.endsWith(",,,,,,,")).toList());
        assertEquals(tenures + unitsWithoutStaff, lines.size() - 1);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("L区/区委,LEADERSHIP_BODY,区委书记,HEAD,L-")), lines.get(1));
    }

    @Test
    void everyReportsToNamesAPostOfTheRoster() throws Exception {
        Organisation organisation = new SampleGenerator().generate(SampleSettings.lDistrict());
        StringWriter out = new StringWriter();
        SampleRoster.write(organisation, out);
        List<String[]> rows = out.toString().substring(1).lines().skip(1).map(l -> l.split(",", -1)).toList();
        Set<String> posts = new HashSet<>();
        rows.forEach(r -> posts.add(r[0] + "#" + r[2]));
        long withTarget = rows.stream().filter(r -> !r[8].isEmpty()).peek(r -> assertTrue(posts.contains(r[8]), r[8])).count();
        assertTrue(withTarget > rows.size() / 2, withTarget + " of " + rows.size());
        assertTrue(rows.stream().anyMatch(r -> r[0].matches("L区/.+街道/.+派出所/社区警务队") && r[3].equals("ENFORCEMENT_OFFICER")
                && r[8].equals(r[0] + "#队长")));
    }

    @Test
    void theShippedExampleRosterImportsIntoAnEmptyOrganisationWithEveryPersonAndTenure() throws Exception {
        Path roster = Path.of(System.getProperty("qinglian.root"), "examples/roster/l-district.csv");
        Organisation empty = QinglianFactory.eINSTANCE.createOrganisation();
        RosterImport check = RosterImport.check(new RosterReader().read(roster), empty);
        assertTrue(check.isValid(), () -> check.problems().stream().limit(5)
                .map(p -> p.toLine(java.util.Locale.ENGLISH)).toList().toString());
        ImportSummary summary = check.apply(empty);
        Organisation sample = new SampleGenerator().generate(SampleSettings.lDistrict());
        assertEquals(sample.getPeople().size(), summary.created(RosterObjectType.PERSON));
        assertEquals(sample.getPeople().stream().mapToInt(p -> p.getTenures().size()).sum(),
                summary.created(RosterObjectType.TENURE));
    }

    @Test
    void cellsWithCommasOrQuotesAreQuotedAndEndDatesWritten() throws Exception {
        QinglianFactory factory = QinglianFactory.eINSTANCE;
        Organisation organisation = factory.createOrganisation();
        Unit unit = factory.createUnit();
        unit.setName("甲,乙\"协会\"");
        unit.setKind(UnitKind.ASSOCIATION);
        organisation.getUnits().add(unit);
        Post head = post(unit, "会长", PostRole.HEAD);
        Post staff = post(unit, "联络员", PostRole.STAFF);
        ReportingLine line = factory.createReportingLine();
        line.setKind(ReportingKind.INTERNAL);
        line.setFrom(staff);
        line.setTo(head);
        organisation.getReportingLines().add(line);
        Person person = factory.createPerson();
        person.setPersonId("X-1");
        person.setName("王芳");
        organisation.getPeople().add(person);
        Tenure tenure = factory.createTenure();
        tenure.setPost(staff);
        tenure.setStart(LocalDate.of(2015, 3, 1));
        tenure.setEnd(LocalDate.of(2019, 2, 28));
        person.getTenures().add(tenure);
        StringWriter out = new StringWriter();
        assertEquals(1, SampleRoster.write(organisation, out));
        assertEquals("\"甲,乙\"\"协会\"\"\",ASSOCIATION,联络员,STAFF,X-1,王芳,2015-03-01,2019-02-28,\"甲,乙\"\"协会\"\"#会长\"",
                out.toString().split("\r\n")[1]);
    }

    private static Post post(Unit unit, String title, PostRole role) {
        Post post = QinglianFactory.eINSTANCE.createPost();
        post.setName(title);
        post.setRole(role);
        unit.getPosts().add(post);
        return post;
    }
}

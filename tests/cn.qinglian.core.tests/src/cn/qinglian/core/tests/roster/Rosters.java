package cn.qinglian.core.tests.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterReadException;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.QinglianFactory;

/** Roster files for the tests: a good roster of part of L district, and ways to spoil it. */
final class Rosters {

    static final String HEADER =
            "unit_path,unit_kind,post_title,post_role,person_id,person_name,start_date,end_date,reports_to";

    /** Rows 2 to 7 of a good roster. */
    static final List<String> GOOD = List.of(
            "L区,DISTRICT,,,,,,,",
            "L区/区市场监管局,DEPARTMENT,局长,HEAD,P001,王建国,2018-01-15,,",
            "L区/区市场监管局/城东市场监管所,STATION,所长,HEAD,P002,李明,2019-03-01,,L区/区市场监管局#局长",
            "L区/区市场监管局/城东市场监管所/综合科,SECTION,科长,SECTION_HEAD,P003,张伟,2020-07-01,2023-06-30,"
                    + "L区/区市场监管局/城东市场监管所#所长",
            "L区/区市场监管局/城东市场监管所/综合科,SECTION,科员,STAFF,P004,赵丽,2021-09-01,,"
                    + "L区/区市场监管局/城东市场监管所/综合科#科长",
            "L区/区市场监管局/城东市场监管所/综合科,SECTION,科员,STAFF,P003,张伟,2016-05-01,2020-06-30,");

    private Rosters() {
    }

    /** The good roster with {@code extra} rows after it (the first extra row is row 8). */
    static List<String> goodWith(String... extra) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(GOOD);
        lines.addAll(List.of(extra));
        return lines;
    }

    /** Writes {@code lines} as a UTF-8 CSV file with LF line ends. */
    static Path csv(Path folder, String name, List<String> lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    static Organisation emptyOrganisation() {
        Organisation organisation = QinglianFactory.eINSTANCE.createOrganisation();
        organisation.setId("org");
        organisation.setName("L区");
        return organisation;
    }

    static RosterImport check(Path file, Organisation organisation) throws RosterReadException {
        return RosterImport.check(new RosterReader().read(file), organisation);
    }
}

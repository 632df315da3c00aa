package cn.qinglian.core.tests.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.roster.ImportSummary;
import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterObjectType;
import cn.qinglian.model.Organisation;

/** The benchmark's roster is a good roster and the same every time. */
class RosterBenchmarkTest {

    @TempDir
    Path folder;

    @Test
    void generatedRosterIsTheSameForTheSameSize() {
        assertEquals(RosterBenchmark.roster(3_000), RosterBenchmark.roster(3_000));
        assertEquals(3_001, RosterBenchmark.roster(3_000).size());
    }

    @Test
    void generatedRosterImportsWithoutProblems() throws Exception {
        Organisation organisation = Rosters.emptyOrganisation();
        RosterImport roster = Rosters.check(RosterBenchmark.write(3_000, folder.resolve("r.csv")), organisation);
        assertEquals(List.of(), roster.problems());
        ImportSummary summary = roster.apply(organisation);
        assertEquals(3_000 - 1, summary.created(RosterObjectType.TENURE), "every row but the district's is a tenure");
        assertEquals(organisation.getPeople().size(), summary.created(RosterObjectType.PERSON));
    }
}

package cn.qinglian.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.example.RotationDueFigures;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Unit;

class RotationDueFiguresTest {

    @Test
    void theCardCountsTheStationsWhoseHeadIsDue() {
        District district = new District(QinglianFactory.eINSTANCE.createOrganisation());
        Unit due = district.station("城东所", "周所长", LocalDate.of(2020, 1, 1));
        district.station("城西所", "吴所长", LocalDate.of(2024, 1, 1));
        List<ContributedFigure> figures = new RotationDueFigures().figures(district.organisation,
                LocalDate.of(2026, 6, 30), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(new ContributedFigure("example.rotation-due", "站所负责人任职满 5 年", 1, List.of(due))), figures);
    }
}

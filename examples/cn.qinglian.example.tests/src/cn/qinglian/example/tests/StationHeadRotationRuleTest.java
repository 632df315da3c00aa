package cn.qinglian.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.validation.ContributedRule;
import cn.qinglian.core.validation.ValidationRuleRegistry;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.example.StationHeadRotationRule;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Unit;

class StationHeadRotationRuleTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final District district = new District(QinglianFactory.eINSTANCE.createOrganisation());

    private List<Diagnostic> problems(Locale locale) {
        return new WorkspaceValidator(List.of(new StationHeadRotationRule()))
                .validate(district.organisation, AS_OF, locale).getChildren();
    }

    @Test
    void aHeadFiveYearsInPostIsAWarningNamingStationHeadAndStart() {
        Unit old = district.station("城东所", "周所长", LocalDate.of(2021, 6, 30));
        district.station("城西所", "吴所长", LocalDate.of(2021, 7, 1));
        district.station("城南所", null, null);

        List<Diagnostic> problems = problems(Locale.SIMPLIFIED_CHINESE);

        assertEquals(1, problems.size(), problems.toString());
        Diagnostic problem = problems.get(0);
        assertEquals(Diagnostic.WARNING, problem.getSeverity());
        assertEquals("example.station-head-rotation", problem.getSource());
        assertEquals("站所“L区/东街道/城东所”的负责人周所长自 2021-06-30 起任职（满 5 年），应交流轮岗", problem.getMessage());
        assertEquals(old, problem.getData().get(0));
    }

    @Test
    void theMessageSpeaksEnglishWhenAsked() {
        district.station("城东所", "周所长", LocalDate.of(2010, 1, 1));
        assertEquals("The head of station L区/东街道/城东所, 周所长, has held the post since 2010-01-01 (16 full years): "
                + "due for rotation", problems(Locale.ENGLISH).get(0).getMessage());
    }

    @Test
    void theRuleIsContributedThroughTheExtensionPoint() {
        List<String> ids = new ValidationRuleRegistry(Platform.getExtensionRegistry()).rules().stream()
                .map(ContributedRule::id).toList();
        assertTrue(ids.contains(StationHeadRotationRule.ID), ids.toString());
    }
}

package cn.qinglian.example.award.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.Election;
import cn.qinglian.example.award.NotDueForRotationRule;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

class NotDueForRotationRuleTest {

    private static final QinglianFactory CORE = QinglianFactory.eINSTANCE;

    private final Organisation organisation = CORE.createOrganisation();
    private final Unit district = unit(null, "L区", UnitKind.DISTRICT);

    private Optional<String> reason(Person nominee, LocalDate periodEnd) {
        Election election = AwardFactory.eINSTANCE.createElection();
        election.setPeriodEnd(periodEnd);
        return new NotDueForRotationRule().exclusionReason(nominee,
                new EligibilityContext(organisation, AwardFactory.eINSTANCE.createAwardBook(), election,
                        Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aStationHeadDueForRotationIsExcludedWithStationStartAndYears() {
        Person head = head(unit(district, "城东所", UnitKind.STATION), "周所长", LocalDate.of(2020, 3, 1));
        assertEquals(Optional.of("自 2020-03-01 起任“L区/城东所”负责人（满 5 年），待交流轮岗"),
                reason(head, LocalDate.of(2025, 3, 31)));
        assertEquals(Optional.empty(), reason(head, LocalDate.of(2025, 2, 28)));
    }

    @Test
    void othersMayStand() {
        Person head = head(unit(district, "区市场监督管理局", UnitKind.DEPARTMENT), "郑局长", LocalDate.of(2010, 1, 1));
        assertEquals(Optional.empty(), reason(head, LocalDate.of(2025, 3, 31)));
    }

    @Test
    void theRuleIsContributedToTheAwardModule() {
        assertTrue(Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("cn.qinglian.award.eligibilityRules"))
                .anyMatch(element -> "example.not-due-for-rotation".equals(element.getAttribute("id"))));
    }

    private Person head(Unit unit, String name, LocalDate since) {
        Post post = identified(CORE.createPost());
        post.setName("负责人");
        post.setRole(PostRole.HEAD);
        unit.getPosts().add(post);
        Person person = identified(CORE.createPerson());
        person.setName(name);
        person.setPersonId("P" + organisation.getPeople().size());
        Tenure tenure = identified(CORE.createTenure());
        tenure.setPost(post);
        tenure.setStart(since);
        person.getTenures().add(tenure);
        organisation.getPeople().add(person);
        return person;
    }

    private Unit unit(Unit parent, String name, UnitKind kind) {
        Unit unit = identified(CORE.createUnit());
        unit.setName(name);
        unit.setKind(kind);
        if (parent == null) {
            organisation.getUnits().add(unit);
        } else {
            parent.getChildren().add(unit);
        }
        return unit;
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }
}

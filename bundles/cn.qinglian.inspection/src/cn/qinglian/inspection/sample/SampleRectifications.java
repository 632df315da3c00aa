package cn.qinglian.inspection.sample;

import static cn.qinglian.inspection.sample.InspectionSample.F;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import cn.qinglian.core.query.Units;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.model.TourStatus;
import cn.qinglian.inspection.rectification.IllegalTransitionException;
import cn.qinglian.inspection.rectification.RectificationLifecycle;

/**
 * Rectifications of sample findings, walked through the lifecycle as far as the age of their tour
 * suggests: all closed after a closed tour; mostly verified or closed after a reported one (a few overdue,
 * one reopened); open or in progress during a tour in progress (one without deadline).
 */
final class SampleRectifications {

    private static final List<RectificationState> PATH = List.of(RectificationState.IN_PROGRESS,
            RectificationState.SUBMITTED, RectificationState.VERIFIED, RectificationState.CLOSED);
    private static final List<String> REASONS = List.of("已制定整改方案并开始落实", "整改材料已报送", "现场核查整改到位",
            "整改完成，同意销号");

    private final InspectionRoot root;
    private final SampleIds ids;
    private final SplittableRandom random;
    private int number;

    SampleRectifications(InspectionRoot root, SampleIds ids, SplittableRandom random) {
        this.root = root;
        this.ids = ids;
        this.random = random;
    }

    void rectify(Finding finding, String by, TourStatus stage, int k) {
        Rectification r = F.createRectification();
        r.setId(ids.of("rectification/" + number++));
        r.setFinding(finding);
        r.setMeasure(SampleText.pick(random, SampleText.MEASURES));
        r.setOwnerPost(finding.getUnit() == null ? null
                : Units.nearestHeadPost(finding.getUnit(), InspectionSample.AS_OF).orElse(null));
        r.setDeadline(finding.getFoundOn().plusDays(stage == TourStatus.IN_PROGRESS ? 90 : 60));
        r.setState(RectificationState.OPEN);
        root.getRectifications().add(r);
        int steps = switch (stage) {
            case CLOSED -> 4;
            case REPORTED -> k % 6 == 1 ? 1 : k % 6 == 3 ? 3 : k % 6 == 5 ? 2 : 4;
            default -> k % 2;
        };
        if (stage == TourStatus.IN_PROGRESS && k == 3) {
            r.setDeadline(null);
        }
        LocalDate day = finding.getFoundOn();
        for (int s = 0; s < steps; s++) {
            day = day.plusDays(5 + random.nextInt(12));
            step(r, PATH.get(s), by, day, REASONS.get(s));
        }
        if (stage == TourStatus.REPORTED && k == 4) {
            step(r, RectificationState.OPEN, "区纪委巡察办", day.plusDays(30), "回访发现问题反弹，重新整改");
            step(r, RectificationState.IN_PROGRESS, by, day.plusDays(35), "重新制定整改措施");
        }
    }

    private static void step(Rectification r, RectificationState to, String by, LocalDate day, String reason) {
        try {
            RectificationLifecycle.apply(r, to, by, day.atTime(9, 30), reason);
        } catch (IllegalTransitionException e) {
            throw new IllegalStateException("sample rectification walks the lifecycle wrongly: " + e.getMessage(), e);
        }
    }
}

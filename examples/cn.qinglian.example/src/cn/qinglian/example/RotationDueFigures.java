package cn.qinglian.example;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.core.dashboard.FigureSource;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.example.StationHeads.StationHead;
import cn.qinglian.model.Organisation;

/** The overview card "station heads due for rotation": the stations whose head is due, see {@link StationHeadRotationRule}. */
public class RotationDueFigures implements FigureSource {

    @Override
    public List<ContributedFigure> figures(Organisation organisation, LocalDate asOf, Locale locale) {
        List<Object> stations = StationHeads.of(OrganisationIndex.of(organisation).units(), asOf).stream()
                .filter(head -> head.years() >= StationHeadRotationRule.YEARS)
                .map(StationHead::station)
                .distinct()
                .map(Object.class::cast)
                .toList();
        return List.of(ContributedFigure.of("example.rotation-due",
                ExampleMessages.format(locale, "rotationDueFigure", StationHeadRotationRule.YEARS), stations));
    }
}

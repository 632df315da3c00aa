package cn.qinglian.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.core.dashboard.FigureSource;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.model.Organisation;

/**
 * The award module's card in the overview: elections not decided yet (clicking lists them). One card
 * only: the overview's cards take room from its chart, and the other modules contribute theirs.
 */
public final class AwardFigures implements FigureSource {

    @Override
    public List<ContributedFigure> figures(Organisation organisation, LocalDate asOf, Locale locale) {
        AwardBook book = WorkspaceParts.rootOf(organisation, AwardBook.class).orElse(null);
        if (book == null) {
            return List.of();
        }
        List<Election> open = book.getElections().stream().filter(e -> e.getStatus() != ElectionStatus.DECIDED).toList();
        return List.of(new ContributedFigure("award.open-elections", AwardMessages.format(locale, "figure.openElections"),
                open.size(), List.copyOf(open)));
    }
}

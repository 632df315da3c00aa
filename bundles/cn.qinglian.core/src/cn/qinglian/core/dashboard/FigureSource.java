package cn.qinglian.core.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.qinglian.model.Organisation;

/**
 * Figures a module adds to the overview (概览), contributed through the extension point
 * {@value FigureSourceRegistry#EXTENSION_POINT}. Implementations need a public no-argument constructor,
 * must not change the model, and should tolerate a workspace without the module's data (return no
 * figures, or zeros).
 */
public interface FigureSource {

    /**
     * The figures of {@code organisation} (and the module data next to it, see
     * {@code WorkspaceParts.rootOf}) on {@code asOf}, labelled in {@code locale}.
     */
    List<ContributedFigure> figures(Organisation organisation, LocalDate asOf, Locale locale);
}

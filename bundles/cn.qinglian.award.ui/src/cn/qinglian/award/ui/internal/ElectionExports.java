package cn.qinglian.award.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.output.ElectionFiles;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;

/** Writes an election's certificate and notice files into a folder and says where (or why not) in the status line. */
public final class ElectionExports {

    private final Organisation organisation;
    private final Locale locale;
    private final Consumer<String> status;

    ElectionExports(Organisation organisation, Locale locale, Consumer<String> status) {
        this.organisation = organisation;
        this.locale = locale;
        this.status = status;
    }

    public List<Path> certificate(Election election, Person winner, Path folder) {
        try {
            List<Path> written = ElectionFiles.certificate(organisation, election, winner, folder, locale);
            status.accept(AwardUi.get("exportedTo", String.join(", ", written.stream().map(Path::toString).toList())));
            return written;
        } catch (IOException | RuntimeException e) {
            status.accept(AwardUi.get("exportFailed", folder, e.getMessage()));
            return List.of();
        }
    }

    public List<Path> notice(ElectionResult result, Path folder) {
        try {
            Path written = ElectionFiles.notice(organisation, result, folder, locale);
            status.accept(AwardUi.get("exportedTo", written));
            return List.of(written);
        } catch (IOException | RuntimeException e) {
            status.accept(AwardUi.get("exportFailed", folder, e.getMessage()));
            return List.of();
        }
    }
}

package cn.qinglian.award.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.model.Election;
import cn.qinglian.core.persistence.AtomicFileWriter;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;

/**
 * The files of an election written into a folder: a winner's certificate
 * ({@code 荣誉证书-<period>-<name>.png} and {@code .pdf}) and the announcement ({@code 评选公告-<unit>-<period>.html}).
 * Each file is replaced atomically.
 */
public final class ElectionFiles {

    private ElectionFiles() {
    }

    public static List<Path> certificate(Organisation organisation, Election election, Person winner, Path folder,
            Locale locale) throws IOException {
        Certificate certificate = Certificate.of(organisation, election, winner, locale);
        Files.createDirectories(folder);
        Path png = folder.resolve(safe(certificate.title() + "-" + election.getPeriod() + "-" + winner.getName()) + ".png");
        CertificateImage image = CertificateImage.withCjkFont();
        AtomicFileWriter.write(png, out -> image.writePng(certificate, out));
        Path pdf = png.resolveSibling(png.getFileName().toString().replaceFirst("\\.png$", ".pdf"));
        try {
            AtomicFileWriter.write(pdf, out -> CertificatePdf.write(certificate, out));
        } catch (NoClassDefFoundError e) {
            return List.of(png); // PDFBox is not installed: the PNG only
        }
        return List.of(png, pdf);
    }

    public static Path notice(Organisation organisation, ElectionResult result, Path folder, Locale locale)
            throws IOException {
        Files.createDirectories(folder);
        Election election = result.election();
        Path html = folder.resolve(safe(cn.qinglian.award.AwardMessages.format(locale, "notice.file",
                election.getScope().getName(), election.getPeriod())) + ".html");
        byte[] content = AnnouncementNotice.html(organisation, result, locale).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(html, (OutputStream out) -> out.write(content));
        return html;
    }

    /** A file name without characters Windows or Unix refuse. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}

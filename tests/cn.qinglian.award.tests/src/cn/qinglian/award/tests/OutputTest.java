package cn.qinglian.award.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.award.election.ElectionEvaluation;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.rules.BuiltInEligibilityRules;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.Decision;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.output.AnnouncementNotice;
import cn.qinglian.award.output.Certificate;
import cn.qinglian.award.output.CertificateImage;
import cn.qinglian.award.output.CjkFonts;
import cn.qinglian.award.output.ElectionFiles;
import cn.qinglian.award.output.HallOfHonour;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.award.scoring.criteria.BuiltInScoringCriteria;

/** The certificate (texts, PNG drawn in a Chinese font), the announcement and the hall of honour of a decided election. */
class OutputTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path folder;

    private final Station s = new Station();
    private final Election election = decided();

    private Election decided() {
        Election decided = s.election(LocalDate.of(2019, 11, 1));
        s.nominate(decided, "李二", "赵三", NominationKind.COLLEAGUE, LocalDate.of(2019, 12, 1));
        s.nominate(decided, "王一", "张所长", NominationKind.LEADER, LocalDate.of(2019, 12, 1));
        s.votes(decided, LocalDate.of(2019, 12, 8), "孙六", "李二");
        Decision decision = AwardFactory.eINSTANCE.createDecision();
        decision.setDate(LocalDate.of(2019, 12, 15));
        decision.setDecidedBy("站所班子会议");
        decision.getWinners().add(s.p("李二"));
        decided.setDecision(decision);
        decided.setStatus(ElectionStatus.DECIDED);
        return decided;
    }

    @Test
    void certificateSaysWhoWonWhatWhereAndWhen() {
        Certificate certificate = Certificate.of(s.organisation, election, s.p("李二"), ZH);
        assertEquals(List.of("荣誉证书", "李二 同志：",
                "在城东派出所2019年11月“每月之星”评选中，经同事提名、资格审查、民主投票和站所班子会议研究决定，你被评为",
                "“每月之星”", "特发此证，以资鼓励。", "L区", "2019年12月15日"), certificate.lines());
    }

    @Test
    void certificatePngIsDrawnInAChineseFont() throws Exception {
        assertEquals(-1, CjkFonts.find().canDisplayUpTo("荣誉证书李二城东派出所每月之星"), CjkFonts.find().getFamily());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        CertificateImage.withCjkFont().writePng(Certificate.of(s.organisation, election, s.p("李二"), ZH), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(CertificateImage.WIDTH, image.getWidth());
        assertEquals(CertificateImage.HEIGHT, image.getHeight());
        // the title 荣誉证书 is red ink in the upper middle; an empty band has no ink at all
        assertTrue(redPixels(image, 400, 120, 1200, 280) > 5_000, "title drawn");
        assertEquals(0, redPixels(image, 400, 300, 1200, 330), "nothing red between title and text");
    }

    @Test
    void certificateFileIsNamedForTheWinnerAndAnElectionWithoutTheWinnerIsRefused() throws Exception {
        List<Path> files = ElectionFiles.certificate(s.organisation, election, s.p("李二"), folder, ZH);
        assertEquals(List.of(folder.resolve("荣誉证书-2019-11-李二.png"), folder.resolve("荣誉证书-2019-11-李二.pdf")), files);
        assertTrue(Files.size(files.get(0)) > 10_000);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(files.get(1).toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("荣誉证书李二同志：在城东派出所2019年11月“每月之星”评选中"), text);
            assertTrue(text.contains("特发此证，以资鼓励。L区2019年12月15日"), text);
        }
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Certificate.of(s.organisation, election, s.p("王一"), ZH));
        assertEquals("王一 did not win 2019-11", refused.getMessage());
    }

    @Test
    void noticeListsTheRankingWithBreakdownsAndTheTieBreakRules() throws Exception {
        ElectionResult result = new ElectionEvaluation(new Eligibility(BuiltInEligibilityRules.all()),
                new Scoring(BuiltInScoringCriteria.all())).evaluate(s.organisation, s.book, election, ZH);
        String html = AnnouncementNotice.html(s.organisation, result, ZH);
        assertTrue(html.contains("<h1>城东派出所2019年11月“每月之星”评选结果公告</h1>"), html);
        assertTrue(html.contains("站所班子会议研究决定：李二 当选城东派出所2019年11月“每月之星”。"), html);
        // 李二: 1 vote of 1 → 100 × 1 / 2 = 50.00; 王一: leader 100 × 1 / 2 = 50.00, ranked second by fewer votes
        assertTrue(html.contains("<tr class=\"winner\"><td>1</td><td>李二</td><td>50.00</td>"), html);
        assertTrue(html.contains("<tr><td>2</td><td>王一</td><td>50.00</td>"), html);
        assertTrue(html.contains("与下一名总分相同，按“有效票多者在前”排在前面"), html);
        assertTrue(html.contains("总分相同时依次按以下规则排序"), html);
        Path file = ElectionFiles.notice(s.organisation, result, folder, ZH);
        assertEquals("评选公告-城东派出所-2019-11.html", file.getFileName().toString());
        assertEquals(html, Files.readString(file));
    }

    @Test
    void hallOfHonourListsWinsNewestFirstPerUnitAndPerson() {
        Election october = s.election(LocalDate.of(2019, 10, 1));
        october.setDecision(AwardFactory.eINSTANCE.createDecision());
        october.getDecision().getWinners().add(s.p("王一"));
        assertEquals(List.of("2019-11 李二", "2019-10 王一"), HallOfHonour.all(s.book).stream()
                .map(h -> h.period() + " " + h.winner().getName()).toList());
        assertEquals(1, HallOfHonour.ofPerson(s.book, s.p("王一")).size());
        assertEquals(2, HallOfHonour.ofUnit(s.book, s.station).size());
        assertEquals(0, HallOfHonour.ofUnit(s.book, s.otherStation).size());
    }

    private static long redPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        long red = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) > 140 && ((rgb >> 8) & 0xFF) < 90) {
                    red++;
                }
            }
        }
        return red;
    }
}

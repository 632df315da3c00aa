package cn.qinglian.inspection.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Font files with Chinese glyphs that a PDF can embed (TrueType outlines), in the order tried: the
 * system property {@value #PROPERTY}, then the usual files on Linux, Windows and macOS.
 */
public final class ChineseFontFiles {

    /** A font file to use first, e.g. {@code -Dqinglian.pdf.font=/path/to/font.ttf}. */
    public static final String PROPERTY = "qinglian.pdf.font";

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private ChineseFontFiles() {
    }

    /** The existing candidate files, best first. */
    public static List<Path> candidates() {
        List<Path> found = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            found.add(Path.of(configured));
        }
        for (String name : KNOWN) {
            Path path = Path.of(name);
            if (Files.isRegularFile(path)) {
                found.add(path);
            }
        }
        return found;
    }
}

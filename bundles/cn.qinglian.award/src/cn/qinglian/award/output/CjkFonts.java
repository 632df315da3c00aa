package cn.qinglian.award.output;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds a font that draws Chinese: an installed family known to cover it (文泉驿正黑, Noto CJK, 微软雅黑,
 * 宋体, 苹方 …), else the first installed family that can display the probe text, else a font file at a
 * usual place, else AWT's logical Dialog font (which most systems map to a Chinese font too).
 */
public final class CjkFonts {

    static final String PROBE = "荣誉证书每月之星业务标兵";
    private static final List<String> FAMILIES = List.of("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Serif CJK SC",
            "Source Han Sans SC", "Microsoft YaHei", "SimSun", "SimHei", "PingFang SC", "Heiti SC", "STSong");
    private static final List<String> FILES = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc", "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc", "/Library/Fonts/Arial Unicode.ttf");

    /** A font file to use first for PDFs, e.g. {@code -Dqinglian.pdf.font=/path/to/font.ttf}. */
    public static final String FONT_PROPERTY = "qinglian.pdf.font";

    private CjkFonts() {
    }

    /** The Chinese font files that exist here, best first: {@value #FONT_PROPERTY}, then the usual places. */
    public static List<File> files() {
        List<File> found = new java.util.ArrayList<>();
        String configured = System.getProperty(FONT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            found.add(new File(configured));
        }
        FILES.stream().map(File::new).filter(File::isFile).forEach(found::add);
        return found;
    }

    public static Font find() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : FAMILIES) {
            if (installed.contains(family)) {
                return new Font(family, Font.PLAIN, 12);
            }
        }
        for (String family : installed.stream().sorted().toList()) {
            Font font = new Font(family, Font.PLAIN, 12);
            if (font.canDisplayUpTo(PROBE) == -1) {
                return font;
            }
        }
        for (String path : FILES) {
            File file = new File(path);
            if (file.isFile()) {
                try {
                    return Arrays.stream(Font.createFonts(file)).findFirst().orElseThrow();
                } catch (FontFormatException | IOException | RuntimeException e) {
                    // try the next one
                }
            }
        }
        return new Font(Font.DIALOG, Font.PLAIN, 12);
    }
}

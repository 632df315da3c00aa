package cn.qinglian.diagram.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.qinglian.diagram.DiagramMessages;

/**
 * Finds a font file with Chinese glyphs for PNG and PDF export: the file the user named (command-line
 * option {@code --font}, system property {@value #FONT_PROPERTY} or a workbench preference), else the
 * usual places on Linux (fontconfig folders: WenQuanYi, Noto CJK, Droid fallback, AR PL), Windows
 * (Microsoft YaHei, SimHei, SimSun) and macOS (PingFang, Heiti, Songti), else any file in the font
 * folders whose name says CJK.
 */
public final class CjkFonts {

    /** System property naming a font file to use. */
    public static final String FONT_PROPERTY = "qinglian.diagram.font";

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\msyh.ttf",
            "C:\\Windows\\Fonts\\simhei.ttf",
            "C:\\Windows\\Fonts\\simsun.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private static final Pattern CJK_NAME = Pattern.compile(
            "(?i).*(wqy|zenhei|microhei|cjk|droidsansfallback|sourcehansans|hansans|msyh|simhei|simsun|pingfang|heiti|songti|uming|ukai|fangsong|kaiti).*\\.(ttf|ttc|otf)");

    private CjkFonts() {
    }

    /**
     * The font file to use.
     *
     * @param chosen a file the user named, or {@code null}
     * @throws FontNotFoundException when {@code chosen} is not a readable file, or none is named and
     *         none is found (the message says what to install or name)
     */
    public static Path find(Path chosen) throws FontNotFoundException {
        Locale locale = Locale.getDefault();
        Path named = chosen;
        if (named == null && System.getProperty(FONT_PROPERTY) != null && !System.getProperty(FONT_PROPERTY).isBlank()) {
            named = Path.of(System.getProperty(FONT_PROPERTY));
        }
        if (named != null) {
            if (!Files.isRegularFile(named) || !Files.isReadable(named)) {
                throw new FontNotFoundException(DiagramMessages.format(locale, "fontUnreadable", named));
            }
            return named;
        }
        for (String known : KNOWN) {
            Path path = Path.of(known);
            if (Files.isRegularFile(path) && Files.isReadable(path)) {
                return path;
            }
        }
        return search().orElseThrow(() -> new FontNotFoundException(DiagramMessages.format(locale, "noCjkFont")));
    }

    private static Optional<Path> search() {
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of("/usr/share/fonts"));
        folders.add(Path.of("/usr/local/share/fonts"));
        String home = System.getProperty("user.home");
        if (home != null) {
            folders.add(Path.of(home, ".fonts"));
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, "Library", "Fonts"));
        }
        folders.add(Path.of("/Library/Fonts"));
        folders.add(Path.of("C:\\Windows\\Fonts"));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.find(folder, 5,
                    (path, attributes) -> attributes.isRegularFile() && CJK_NAME.matcher(path.getFileName().toString()).matches())) {
                Optional<Path> first = files.sorted().findFirst();
                if (first.isPresent()) {
                    return first;
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable font folder: try the next one
            }
        }
        return Optional.empty();
    }
}

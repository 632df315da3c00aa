package cn.qinglian.diagram;

/**
 * Text widths without any font: CJK characters (ideographs, kana, hangul, full-width forms and CJK
 * punctuation) are one em wide as in every CJK font; digits and Latin letters use the proportions of
 * a typical sans-serif face. Slightly generous, so labels never overflow their boxes.
 */
public final class EstimatedTextMeasure implements TextMeasure {

    @Override
    public double width(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += ems(text.charAt(i));
        }
        return ems * fontSize;
    }

    private static double ems(char c) {
        if (c >= 0x2E80 || (c >= 0x1100 && c <= 0x11FF)) {
            return c >= 0xFF61 && c <= 0xFFDC ? 0.5 : 1.0;
        }
        if (c == ' ') {
            return 0.3;
        }
        if (c == 'i' || c == 'l' || c == 'j' || c == '.' || c == ',' || c == ':' || c == ';' || c == '!'
                || c == '|' || c == '\'') {
            return 0.3;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
            return 0.9;
        }
        if (Character.isUpperCase(c)) {
            return 0.7;
        }
        return 0.58;
    }
}

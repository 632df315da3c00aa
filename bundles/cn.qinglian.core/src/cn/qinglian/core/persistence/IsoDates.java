package cn.qinglian.core.persistence;

import java.time.LocalDate;

/**
 * Reads the dates of our files ({@code 2012-03-01}) without the general {@code DateTimeFormatter}
 * machinery, which costs about ten times as much and is a noticeable part of loading a large
 * workspace. Anything not of exactly that form is left to the model's own conversion.
 */
final class IsoDates {

    private static final int LENGTH = 10;

    private IsoDates() {
    }

    /**
     * The date written as {@code yyyy-MM-dd}, or {@code null} when {@code text} is not of that form.
     *
     * @throws java.time.DateTimeException when the form is right but the date does not exist (2019-02-30)
     */
    static LocalDate parse(String text) {
        if (text == null || text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written in {@code text[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

package cn.qinglian.core.roster;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns stored cell values into the text a user sees for them in a roster. */
final class XlsxValues {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxValues() {
    }

    /** A number as plain text without exponent or trailing zeros: 10023, 3.5. */
    static String number(String stored) {
        try {
            BigDecimal value = new BigDecimal(stored.strip()).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    /**
     * A date serial number as an ISO date (2019-03-01) or, when {@code withTime} and it has a time
     * of day, date and time (2019-03-01T08:30). In the 1900 system serial 60 is Excel's 1900-02-29,
     * which never existed.
     */
    static String date(String stored, boolean date1904, boolean withTime) {
        try {
            BigDecimal serial = new BigDecimal(stored.strip());
            long seconds = serial.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
            long days = Math.floorDiv(seconds, 86_400L);
            int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
            String day = dayText(days, date1904);
            return secondOfDay == 0 || !withTime ? day : day + "T" + LocalTime.ofSecondOfDay(secondOfDay);
        } catch (ArithmeticException | java.time.DateTimeException | NumberFormatException e) {
            return stored;
        }
    }

    private static String dayText(long days, boolean date1904) {
        if (date1904) {
            return EPOCH_1904.plusDays(days).toString();
        }
        if (days == 60) {
            return "1900-02-29";
        }
        return (days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days)).toString();
    }

    /** A date cell of type d (ISO 8601 text): the date alone when the time is midnight. */
    static String isoDate(String stored) {
        String text = stored.strip();
        return text.matches("\\d{4}-\\d{2}-\\d{2}T00:00(:00(\\.0+)?)?Z?") ? text.substring(0, 10) : text;
    }

    /** Undoes Excel's escaping of characters XML cannot hold: {@code _x000D_} is a carriage return. */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher matcher = ESCAPE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}

package cn.qinglian.core.query;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.ibm.icu.text.Transliterator;

/**
 * The pinyin initials of a text, for typing "wjg" to find 王建国: each Chinese character gives the
 * first letter of its (most common) reading, letters and digits stay as they are (lower case), anything
 * else is dropped. Readings come from ICU's Han-Latin transliteration; a character with several
 * readings gets ICU's first one (长 → z, not c). Creating ICU's transliterator takes a second or two on
 * first use, and each character is transliterated once and remembered, so build initials off the UI
 * thread. Thread-safe.
 */
public final class PinyinInitials {

    private final ConcurrentMap<Character, Character> initials = new ConcurrentHashMap<>();
    private volatile Transliterator hanToLatin;

    /** The initials of {@code text}, e.g. "wjg" for 王建国 and "lq" for "L区". */
    public String of(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (Character.isLetterOrDigit(c)) {
                    result.append(Character.toLowerCase(c));
                }
            } else if (Character.isIdeographic(c)) {
                char initial = initials.computeIfAbsent(c, this::initialOf);
                if (initial != 0) {
                    result.append(initial);
                }
            }
        }
        return result.toString();
    }

    private char initialOf(char ideograph) {
        String latin = transliterator().transliterate(String.valueOf(ideograph));
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                return Character.toLowerCase(c);
            }
        }
        return 0;
    }

    private Transliterator transliterator() {
        Transliterator result = hanToLatin;
        if (result == null) {
            synchronized (this) {
                if (hanToLatin == null) {
                    hanToLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
                }
                result = hanToLatin;
            }
        }
        return result;
    }

    /** Whether {@code needle} can be pinyin initials: only ASCII letters and digits, at least two. */
    public static boolean looksLikeInitials(String needle) {
        if (needle.length() < 2) {
            return false;
        }
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c >= 0x80 || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return needle.toLowerCase(Locale.ROOT).chars().anyMatch(Character::isLetter);
    }
}

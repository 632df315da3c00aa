package cn.qinglian.core.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.PinyinInitials;

class PinyinInitialsTest {

    private final PinyinInitials initials = new PinyinInitials();

    @Test
    void chineseNamesGiveTheFirstLetterOfEachSyllable() {
        assertEquals("wjg", initials.of("王建国"));
        assertEquals("ln", initials.of("李娜"));
        assertEquals("cgscjgs", initials.of("城关市场监管所"));
    }

    @Test
    void lettersAndDigitsStayAndPunctuationGoes() {
        assertEquals("lqjw", initials.of("L区纪委"));
        assertEquals("d2zd", initials.of("第2中队"));
        assertEquals("zfxn", initials.of("“作风”（效能）"));
        assertEquals("", initials.of(""));
    }

    @Test
    void onlyLatinNeedlesOfTwoOrMoreCanBeInitials() {
        assertTrue(PinyinInitials.looksLikeInitials("wjg"));
        assertTrue(PinyinInitials.looksLikeInitials("D2"));
        assertFalse(PinyinInitials.looksLikeInitials("w"));
        assertFalse(PinyinInitials.looksLikeInitials("王j"));
        assertFalse(PinyinInitials.looksLikeInitials("12"));
        assertFalse(PinyinInitials.looksLikeInitials("w g"));
    }
}

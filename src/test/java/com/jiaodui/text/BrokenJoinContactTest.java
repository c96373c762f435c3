package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service block that ends in a telephone number or a web address is complete; a link inside a sentence is not an end. */
class BrokenJoinContactTest {

    static List<Flag> joins(String text) {
        List<Flag> out = new ArrayList<>();
        new BrokenJoinDetector().detect(PageReader.read(text, Format.TEXT), out);
        return out.stream().filter(f -> f.kind() == FlagKind.BROKEN_JOIN).toList();
    }

    @Test
    void aTelephoneNumberEndsTheBlock() {
        // as printed in the travel page of ../shared/corpus/traditional/apple-37698500.txt
        String page = "可從香港轉乘尼泊爾航空前往加德滿都，票價含台港機票及稅金約2萬8500元起，可洽台灣總代理僑興旅行社(02)2511-6188\n\n"
                + "簽證 可備妥2張2吋近照，於機場辦理落地簽，15天效期之簽證費為25美元(約765元台幣)\n";
        assertEquals(List.of(), joins(page));
    }

    @Test
    void aLinkFollowedByTextInTheSameBlockStillBreaksInsideTheSentence() {
        String page = "更多信息请访问网站http://example.cn/news查看，市民可以在网上预约办理居住\n\n证明，不必到窗口排队等候。\n";
        assertTrue(joins(page).size() == 1, () -> "the join after the link's sentence: " + joins(page));
    }
}

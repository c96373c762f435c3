package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JumpMarkersTest {
    @Test
    void anArticleEndingInAJumpLineContinuesOnThatPage() {
        assertEquals(OptionalInt.of(2), JumpMarkers.jumpsTo("能否实现一季度经济发展目标，事关全年目标（下转第二版）\n"));
        assertEquals(OptionalInt.of(2), JumpMarkers.jumpsTo("事关全年目标\n\n（下转02版）"));
        assertEquals(OptionalInt.of(3), JumpMarkers.jumpsTo("详情转第3版。"));
        assertEquals(OptionalInt.of(12), JumpMarkers.jumpsTo("事关全年目标（转第十二版）"));
        assertEquals(OptionalInt.of(20), JumpMarkers.jumpsTo("事关全年目标（下转第二十版）"));
        // a marker inside the text, or one that says where the text came from, is no jump onward
        assertEquals(OptionalInt.empty(), JumpMarkers.jumpsTo("详情转第3版。各级各部门要切实提高认识，确保实现开门红。"));
        assertEquals(OptionalInt.empty(), JumpMarkers.jumpsTo("任务的实现。（上接第1版）"));
    }

    @Test
    void anArticleOpeningWithAnIncomingMarkerContinuesFromThatPage() {
        assertEquals(OptionalInt.of(1), JumpMarkers.continuesFrom("统筹好疫情防控经济发展\n\n（上接第1版）\n\n任务的实现。"));
        assertEquals(OptionalInt.of(1), JumpMarkers.continuesFrom("(上接第一版)任务的实现。"));
        assertEquals(OptionalInt.empty(), JumpMarkers.continuesFrom("任务的实现。（下转第二版）"));
        assertEquals(OptionalInt.empty(), JumpMarkers.continuesFrom("3月28日夜至29日凌晨，市长秦保强深入相关区的5个集中隔离点。"));
    }
}

package com.jiaodui.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A job's outcome: cancelled only when the work saw the request; a cancel after its last look finds it done. */
class JobTest {

    @Test
    void workThatSeesTheCancelEndsCancelled() {
        List<String> outcome = new ArrayList<>();
        TaskRunner.sameThread().run(p -> {
            ((Job) p).cancel(); // the editor clicks Cancel while the work runs
            int done = 0;
            while (!p.cancelled() && done < 10) {
                done++;
            }
            return done;
        }, v -> outcome.add("done " + v), e -> outcome.add("failed"), () -> outcome.add("cancelled"));
        assertEquals(List.of("cancelled"), outcome);
    }

    @Test
    void aCancelAfterTheWorksLastLookIsTooLate() {
        List<String> outcome = new ArrayList<>();
        TaskRunner.sameThread().run(p -> {
            int done = 0;
            while (!p.cancelled() && done < 10) {
                done++;
            }
            ((Job) p).cancel(); // arrives after the last file: everything was imported
            return done;
        }, v -> outcome.add("done " + v), e -> outcome.add("failed"), () -> outcome.add("cancelled"));
        assertEquals(List.of("done 10"), outcome);
    }
}

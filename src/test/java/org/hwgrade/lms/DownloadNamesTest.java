package org.hwgrade.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** File names as Canvas and Moodle write them (src/test/resources/lms/layouts.md). */
class DownloadNamesTest {

    @Test
    void canvasNames() {
        assertEquals(Optional.of(new CanvasName("moreaualice", "1001", false, "hw3.md")),
                CanvasName.parse("moreaualice_1001_60001_hw3.md"));
        assertEquals(Optional.of(new CanvasName("carvalhobruno", "1002", true, "hw_3 final.tex")),
                CanvasName.parse("carvalhobruno_LATE_1002_60010_hw_3 final.tex"));
        assertEquals(Optional.of(new CanvasName("doejane", "77", false, "text.html")), CanvasName.parse("doejane_77_text.html"));
        assertEquals(Optional.of(new CanvasName("", "anon_x7Kq2", true, "hw.md")), CanvasName.parse("LATE_anon_x7Kq2_5_hw.md"));
        assertEquals(Optional.of(new CanvasName("o_brien", "12", false, "a.md")), CanvasName.parse("o_brien_12_34_a.md"));
        assertEquals("anon_x7Kq2", CanvasName.parse("anon_x7Kq2_5_hw.md").orElseThrow().student());
        assertTrue(CanvasName.parse("alice.md").isEmpty());
        assertTrue(CanvasName.parse("hw3_final.md").isEmpty());
    }

    @Test
    void moodleNames() {
        assertEquals(Optional.of(new MoodleName("Jane Doe", "77", "file", Optional.empty())),
                MoodleName.parse("Jane Doe_77_assignsubmission_file"));
        assertEquals(Optional.of(new MoodleName("Jane Doe", "77", "onlinetext", Optional.empty())),
                MoodleName.parse("Jane Doe_77_assignsubmission_onlinetext"));
        assertEquals(Optional.of(new MoodleName("Participant", "9", "file", Optional.of("hw_1.md"))),
                MoodleName.parse("Participant_9_assignsubmission_file_hw_1.md"));
        assertTrue(MoodleName.parse("Jane Doe_77_assignfeedback_file").isEmpty());
    }

    @Test
    void namesFromMetadataCannotLeaveTheFeedbackFolder() {
        assertEquals("_._evil", SafeName.of("../evil"));
        assertEquals("a_b", SafeName.of("a/b"));
        assertEquals("이은지 2", SafeName.of("이은지 2"));
        assertEquals("_", SafeName.of("  "));
    }

    @Test
    void rosterLettersMatchCanvasSortableNames() {
        assertEquals(Roster.letters("Jane Doe"), Roster.letters("doejane"));
        assertEquals(Roster.letters("Doe, Jane"), Roster.letters("Jane Doe"));
    }
}

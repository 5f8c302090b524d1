package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.commitment.CommitmentType;
import org.jwp.ledger.node.commitment.CommitmentView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineStoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Test
    void aCommentedConsultationKeepsItsDueDateItsExtensionAndHowLateTheAnswerCame() throws Exception {
        CommitmentView item = consultation("COMMENTED", false, null,
                step("ConsultationDueDateExtended", "2025-06-20", "{\"dueDate\":\"2025-07-15\"}"),
                step("ConsultationCommentSubmitted", "2025-07-18", "{}"));

        DeadlineStory.Story story = DeadlineStory.of(item, TODAY);

        assertThat(story.lines()).containsExactly("Comments from CMS were due by 2025-06-30.",
                "CITES extended the due date to 2025-07-15 on 2025-06-20.",
                "CMS commented on 2025-07-18, 3 days late.");
        assertThat(story.dueNow()).isNull();
    }

    @Test
    void anAnswerOnTheDueDateIsOnTime() throws Exception {
        CommitmentView item = consultation("DECLINED", false, null, step("ConsultationDeclined", "2025-06-30", "{}"));

        assertThat(DeadlineStory.of(item, TODAY).lines()).contains("CMS declined to comment on 2025-06-30, on time.");
    }

    @Test
    void anOpenRequestSaysWhatIsDueFromWhomAndHowOverdue() throws Exception {
        CommitmentView item = consultation("REQUESTED", true, LocalDate.of(2025, 6, 30));

        assertThat(DeadlineStory.of(item, TODAY).dueNow())
                .isEqualTo("Comments from CMS by 2025-06-30 — overdue by 63 days");
    }

    @Test
    void aDueDateStillAheadIsSaidToBeDueNotToHaveBeenDue() throws Exception {
        CommitmentView item = consultation("REQUESTED", false, LocalDate.of(2025, 6, 30));

        assertThat(DeadlineStory.of(item, LocalDate.of(2025, 6, 1)).lines())
                .containsExactly("Comments from CMS are due by 2025-06-30.");
        assertThat(DeadlineStory.of(item, LocalDate.of(2025, 6, 30)).lines()).as("on the day itself")
                .containsExactly("Comments from CMS are due by 2025-06-30.");
        assertThat(DeadlineStory.of(item, LocalDate.of(2025, 7, 1)).lines()).as("the day after")
                .containsExactly("Comments from CMS were due by 2025-06-30.");
    }

    @Test
    void aRequestDueTodayIsNotYetOverdue() throws Exception {
        CommitmentView item = consultation("REQUESTED", false, LocalDate.of(2025, 6, 30));

        assertThat(DeadlineStory.of(item, LocalDate.of(2025, 6, 30)).dueNow()).isEqualTo("Comments from CMS by 2025-06-30");
    }

    @Test
    void aRepresentativesReportIsDueThirtyDaysAfterTheMeeting() throws Exception {
        CommitmentView item = new CommitmentView("CMS-REP-2025-0001", CommitmentType.REPRESENTATION, "CMS", "CITES",
                "ACCEPTED", false, LocalDate.of(2025, 10, 23), "CITES to represent CMS at BLG-17", "2021-2025",
                List.of("E3"), LocalDate.of(2025, 8, 20), JSON.readTree("{\"request\":{\"startDate\":\"2025-09-22\","
                + "\"endDate\":\"2025-09-23\"}}"), List.of(step("RepresentationAccepted", "2025-08-25", "{}")));

        DeadlineStory.Story story = DeadlineStory.of(item, LocalDate.of(2025, 9, 1));

        assertThat(story.lines()).containsExactly("CMS asked CITES to attend from 2025-09-22; the answer is due "
                + "before the meeting, the report within 30 days of its end (2025-10-23).",
                "CITES accepted on 2025-08-25, on time.");
        assertThat(story.dueNow()).isEqualTo("The report on the meeting from CITES, by 2025-10-23");
    }

    private static CommitmentView consultation(String status, boolean overdue, LocalDate deadline,
                                               CommitmentView.HistoryEntry... steps) throws Exception {
        JsonNode details = JSON.readTree("{\"request\":{\"dueDate\":\"2025-06-30\"}}");
        return new CommitmentView("CITES-CONS-2025-0001", CommitmentType.CONSULTATION, "CITES", "CMS", status, overdue,
                deadline, "Comments on CITES CoP20 Prop. 12", "2021-2025", List.of("C3"), LocalDate.of(2025, 4, 2),
                details, List.of(steps));
    }

    private static CommitmentView.HistoryEntry step(String type, String actedOn, String payload) throws Exception {
        return new CommitmentView.HistoryEntry(type, "CMS", "officer", Instant.parse("2025-07-18T10:00:00Z"),
                LocalDate.parse(actedOn), "e-" + type, JSON.readTree(payload), List.of());
    }
}

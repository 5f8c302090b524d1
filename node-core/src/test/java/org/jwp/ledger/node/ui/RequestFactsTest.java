package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.commitment.CommitmentType;
import org.jwp.ledger.node.commitment.CommitmentView;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The request beside an answer reads as it now stands: an extended due date, a body by its name, no personal data. */
class RequestFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CommitmentView item(CommitmentType type, ObjectNode details) {
        return new CommitmentView("CITES-X-2025-0001", type, "CITES", "CMS", "REQUESTED", false, null, "t",
                "2021-2025", List.of("C3"), LocalDate.of(2025, 4, 2), details, null);
    }

    @Test
    void aConsultationGivesItsProposalAndTheDueDateAsExtended() {
        ObjectNode details = JSON.createObjectNode();
        details.putObject("request").put("meeting", "CITES CoP20").put("proposal", "Prop. 12")
                .put("taxon", "Carcharhinus longimanus").put("dueDate", "2025-06-30");
        assertThat(RequestFacts.of(item(CommitmentType.CONSULTATION, details)))
                .contains(new RequestFacts.Fact("Comments due by", "2025-06-30"));

        details.putObject("ConsultationDueDateExtended").put("dueDate", "2025-07-15");
        assertThat(RequestFacts.of(item(CommitmentType.CONSULTATION, details)))
                .contains(new RequestFacts.Fact("Proposal", "Prop. 12"),
                        new RequestFacts.Fact("Comments due by", "2025-07-15"))
                .doesNotContain(new RequestFacts.Fact("Comments due by", "2025-06-30"));
    }

    @Test
    void aRepresentationNamesItsBodyAndALoanLeavesOutThePerson() {
        ObjectNode representation = JSON.createObjectNode();
        representation.putObject("request").put("body", "EMG_IMG").put("place", "Nairobi");
        assertThat(RequestFacts.of(item(CommitmentType.REPRESENTATION, representation)))
                .containsExactly(new RequestFacts.Fact("Body", "EMG/IMG"), new RequestFacts.Fact("Place", "Nairobi"));

        ObjectNode loan = JSON.createObjectNode();
        loan.putObject("request").put("role", "Legal Officer").putObject("staffMember").put("sealed", "…");
        assertThat(RequestFacts.of(item(CommitmentType.STAFF_LOAN, loan)))
                .containsExactly(new RequestFacts.Fact("Role of the staff member", "Legal Officer"));
    }
}

package org.jwp.ledger.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataTest {

    private static final String SUBJECT = "CITES-PERSON-0123456789abcdef0123456789abcdef";

    @Test
    void aSubjectIdNamesASecretariatAndARandomIdentifierOnly() {
        assertThat(new PersonalData(SUBJECT, "AAAA").subjectId()).isEqualTo(SUBJECT);
        assertThatThrownBy(() -> new PersonalData("CITES-PERSON-Maria Lopez", "AAAA"))
                .hasMessageContaining("subjectId");
        assertThatThrownBy(() -> new PersonalData("WHO-PERSON-0123456789abcdef0123456789abcdef", "AAAA"))
                .hasMessageContaining("subjectId");
    }

    @Test
    void theSealedBytesMustBeBoundedBase64() {
        assertThatThrownBy(() -> new PersonalData(SUBJECT, "Maria Lopez")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new PersonalData(SUBJECT, "")).hasMessageContaining("sealed");
        assertThatThrownBy(() -> new PersonalData(SUBJECT, "A".repeat(PersonalData.MAX_SEALED_LENGTH + 4)))
                .hasMessageContaining("sealed");
    }

    @Test
    void aLoanProposedBeforeStaffMembersWereRecordedStillReadsAndWritesTheSameBytes() throws Exception {
        ObjectMapper json = EventJson.mapper();
        String before = "{\"loanId\":\"CMS-LOAN-2019-0001\",\"lender\":\"CMS\",\"host\":\"CITES\",\"role\":\"Programme "
                + "Officer\",\"purpose\":\"Support\",\"startDate\":\"2019-08-10\",\"endDate\":\"2019-08-31\","
                + "\"programme\":\"2015-2020\",\"activityCodes\":[\"C3\"],\"actedOn\":\"2019-05-02\"}";

        StaffLoanProposed read = json.readValue(before, StaffLoanProposed.class);

        assertThat(read.staffMember()).isNull();
        assertThat(json.writeValueAsString(read)).isEqualTo(before);
    }
}

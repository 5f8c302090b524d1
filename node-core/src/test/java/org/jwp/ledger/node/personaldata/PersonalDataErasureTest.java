package org.jwp.ledger.node.personaldata;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.personaldata.PersonalDataErased;
import org.jwp.ledger.node.ledger.CommandRefused;

import java.time.LocalDate;

class PersonalDataErasureTest {

    private static final String ANA = "CITES-PERSON-0123456789abcdef0123456789abcdef";
    private static final String BY_CMS = ErasePersonalData.streamFor("CMS", ANA);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private FixtureConfiguration<PersonalDataErasure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonalDataErasure.class);
    }

    @Test
    void eitherSecretariatMayEraseAPersonTheOtherRecorded() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(BY_CMS, ANA, TODAY))
                .expectEvents(new PersonalDataErased(BY_CMS, ANA, Secretariat.CMS, TODAY));
    }

    @Test
    void erasingThePersonAgainIsRefused() {
        fixture.given(new PersonalDataErased(BY_CMS, ANA, Secretariat.CMS, TODAY))
                .when(new ErasePersonalData(BY_CMS, ANA, TODAY.plusDays(1)))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aSubjectThatIsNoSubjectIdIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData("CMS-ERASURE-x", "Ana Example", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anErasureRecordedInAnotherPersonsStreamIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(ErasePersonalData.streamFor("CMS",
                        "CMS-PERSON-fedcba9876543210fedcba9876543210"), ANA, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}

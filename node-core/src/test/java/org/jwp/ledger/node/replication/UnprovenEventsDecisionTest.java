package org.jwp.ledger.node.replication;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.recovery.UnprovenEventsAccepted;
import org.jwp.ledger.events.recovery.UnprovenEventsRefused;
import org.jwp.ledger.node.ledger.CommandRefused;

import java.time.LocalDate;

class UnprovenEventsDecisionTest {

    private static final String ID = UnprovenEventsDecision.streamFor("CITES", 41, 42);
    private static final String HASH = "9b1f0c3e7a2d4b6f8e0a1c3e5f7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private FixtureConfiguration<UnprovenEventsDecision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnprovenEventsDecision.class);
    }

    @Test
    void anAdministratorAcceptsHandedBackEventsWithAReason() {
        fixture.givenNoPriorActivity()
                .when(new AcceptUnprovenEvents(ID, Secretariat.CMS, 41, 42, HASH, " In our minutes. ", TODAY))
                .expectEvents(new UnprovenEventsAccepted(ID, Secretariat.CMS, 41, 42, HASH, "In our minutes.", TODAY));
    }

    @Test
    void anAdministratorRefusesHandedBackEventsWithAReason() {
        fixture.givenNoPriorActivity()
                .when(new RefuseUnprovenEvents(ID, Secretariat.CMS, 41, 42, HASH, "Not ours.", TODAY))
                .expectEvents(new UnprovenEventsRefused(ID, Secretariat.CMS, 41, 42, HASH, "Not ours.", TODAY));
    }

    @Test
    void decidingAgainAfterARefusalIsRefused() {
        fixture.given(new UnprovenEventsRefused(ID, Secretariat.CMS, 41, 42, HASH, "Not ours.", TODAY))
                .when(new AcceptUnprovenEvents(ID, Secretariat.CMS, 41, 42, HASH, "On second thoughts.", TODAY))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void decidingAgainAfterAnAcceptanceIsRefused() {
        fixture.given(new UnprovenEventsAccepted(ID, Secretariat.CMS, 41, 42, HASH, "Ours.", TODAY))
                .when(new RefuseUnprovenEvents(ID, Secretariat.CMS, 41, 42, HASH, "On second thoughts.", TODAY))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aDecisionWithoutAReasonIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RefuseUnprovenEvents(ID, Secretariat.CMS, 41, 42, HASH, "  ", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aDecisionInAnotherRangesStreamIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AcceptUnprovenEvents(ID, Secretariat.CMS, 41, 43, HASH, "Ours.", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aRangeThatIsNoRangeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AcceptUnprovenEvents(UnprovenEventsDecision.streamFor("CITES", 42, 41), Secretariat.CMS,
                        42, 41, HASH, "Ours.", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aDecisionWithoutTheChainHashItDecidesOnIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AcceptUnprovenEvents(ID, Secretariat.CMS, 41, 42, "not-a-hash", "Ours.", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}

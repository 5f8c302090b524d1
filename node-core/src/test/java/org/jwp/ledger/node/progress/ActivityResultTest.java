package org.jwp.ledger.node.progress;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import java.time.LocalDate;
import java.util.List;

class ActivityResultTest {

    private static final LocalDate HELD = LocalDate.of(2016, 9, 20);
    private static final List<DocumentReference> REFS = List.of(DocumentReference.of("SC66 Doc. 16.2"));

    private AggregateTestFixture<ActivityResult> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActivityResult.class);
    }

    @Test
    void aJointCoordinationMeetingIsRecordedAsAResultOfC1() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0001", "2015-2020", ActivityCode.of("C1"), 2016,
                        "Annual coordination meeting held.", REFS, List.of(), true, HELD))
                .expectEvents(new ActivityResultRecorded("CMS-RES-2016-0001", Secretariat.CMS, "2015-2020",
                        ActivityCode.of("C1"), 2016, "Annual coordination meeting held.", REFS, List.of(), true,
                        HELD));
    }

    @Test
    void aCodeTheProgrammeDoesNotHaveIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0002", "2015-2020", ActivityCode.of("E1"), 2016,
                        "Outreach.", REFS, List.of(Taxon.of("Falco cherrug")), false, HELD))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownProgrammeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0003", "2012-2014", ActivityCode.of("C1"), 2013,
                        "Older programme.", REFS, List.of(), true, HELD))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}

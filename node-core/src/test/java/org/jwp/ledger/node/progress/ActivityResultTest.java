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
                .when(new RecordActivityResult("CMS-RES-2016-0001", "2015-2020", codes("C1"), 2016,
                        "Annual coordination meeting held.", REFS, List.of(), true, HELD))
                .expectEvents(new ActivityResultRecorded("CMS-RES-2016-0001", Secretariat.CMS, "2015-2020",
                        codes("C1"), 2016, "Annual coordination meeting held.", REFS, List.of(), true,
                        HELD));
    }

    @Test
    void aYearItsProgrammeIsNoLongerInForceInIsRefusedNamingTheYear() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2026-0001", "2015-2020", codes("C1"), 2026,
                        "Met.", REFS, List.of(), false, java.time.LocalDate.of(2026, 12, 7)))
                .expectException(org.jwp.ledger.node.request.InvalidRequest.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("year: must be a year of the programme"))
                .expectNoEvents();
    }

    @Test
    void aYearAfterTheActionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0009", "2015-2020", codes("C1"), 2017,
                        "Met.", REFS, List.of(), false, java.time.LocalDate.of(2016, 5, 1)))
                .expectException(org.jwp.ledger.node.request.InvalidRequest.class)
                .expectNoEvents();
    }

    @Test
    void aCodeTheProgrammeDoesNotHaveIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0002", "2015-2020", codes("E1"), 2016,
                        "Outreach.", REFS, List.of(Taxon.of("Falco cherrug")), false, HELD))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownProgrammeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0003", "2012-2014", codes("C1"), 2013,
                        "Older programme.", REFS, List.of(), true, HELD))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aPassageConcerningEveryActivityOfARowIsRecordedOnce() {
        String passage = "The Secretariats jointly organized the third meeting of the signatory States to the Saiga MoU "
                + "(Tashkent, 2015).";
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CITES-RES-2015-0001", "2015-2020", codes("B2", "B3", "B4"), 2015,
                        passage, List.of(), List.of(Taxon.of("Saiga tatarica")), true, HELD))
                .expectEvents(new ActivityResultRecorded("CITES-RES-2015-0001", Secretariat.CITES, "2015-2020",
                        codes("B2", "B3", "B4"), 2015, passage, List.of(), List.of(Taxon.of("Saiga tatarica")), true,
                        HELD));
    }

    @Test
    void aPassageConcerningNoActivityIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0004", "2015-2020", List.of(), 2016, "Nothing.", REFS,
                        List.of(), true, HELD))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aPassageConcerningMoreThanTenActivitiesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0005", "2015-2020", codes("B1", "B2", "B3", "B4", "B5",
                        "B6", "B7", "B8", "B9", "B10", "B11"), 2016, "Everything.", REFS, List.of(), true, HELD))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anActivityNamedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityResult("CMS-RES-2016-0006", "2015-2020", codes("C1", "C1"), 2016, "Twice.",
                        REFS, List.of(), true, HELD))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    private static List<ActivityCode> codes(String... values) {
        return java.util.Arrays.stream(values).map(ActivityCode::of).toList();
    }
}

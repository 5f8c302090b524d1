package org.jwp.ledger.node.progress;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.request.Checks;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ResultYearsTest {

    private static final Programme EARLIER = ProgrammeCatalogue.standard().programme("2015-2020").orElseThrow();
    private static final Programme LATEST = ProgrammeCatalogue.standard().programme("2021-2025").orElseThrow();

    @Test
    void aProgrammeIsInForceInItsYearsAndAfterThemUntilTheNextStarts() {
        assertThat(ResultYears.inForce(EARLIER, 2015)).isTrue();
        assertThat(ResultYears.inForce(EARLIER, 2020)).isTrue();
        assertThat(ResultYears.inForce(EARLIER, 2021)).as("2021-2025 started").isFalse();
        assertThat(ResultYears.inForce(EARLIER, 2014)).isFalse();
        assertThat(ResultYears.inForce(LATEST, 2026)).as("no later programme in the catalogue").isTrue();
        assertThat(ResultYears.inForce(LATEST, 2020)).isFalse();
    }

    @Test
    void aYearOutsideItsProgrammeIsRefusedNamingTheField() {
        Checks checks = new Checks();
        ResultYears.check(EARLIER, 2026, LocalDate.parse("2026-12-07"), checks);
        assertThat(checks.ok()).isFalse();
    }

    @Test
    void aYearAfterTheDayOfTheActionIsRefused() {
        Checks checks = new Checks();
        ResultYears.check(LATEST, 2026, LocalDate.parse("2025-06-01"), checks);
        assertThat(checks.ok()).isFalse();
    }

    @Test
    void aYearWrittenUpAfterItEndsIsAccepted() {
        Checks checks = new Checks();
        ResultYears.check(LATEST, 2025, LocalDate.parse("2026-01-20"), checks);
        assertThat(checks.ok()).isTrue();
    }
}

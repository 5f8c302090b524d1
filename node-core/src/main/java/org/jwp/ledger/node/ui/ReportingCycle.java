package org.jwp.ledger.node.ui;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.report.ResultCoverage;
import org.jwp.ledger.node.signoff.SignOffStatus;
import org.jwp.ledger.node.signoff.SignOffs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the annual reporting cycle needs from each role now (issue 32), for the dashboard: approvers, the reports the
 * other secretariat approved and that await them; recorders, the activities with no result yet for the year being
 * compiled; everyone, the reports issued. A year's report is compiled from 1 January of the next year until
 * {@code ledger.reports.compiling-until} (a month and day, default {@code --03-31}); outside that window the reminder
 * is for the current year so far.
 */
@Component
class ReportingCycle {

    private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.standard();

    /** A report the other secretariat approved, as it stands now (nothing changed since: same digest). */
    record Awaiting(String report, String name, String approvedBy, String approvedAt, String digest) {
    }

    record Issued(String report, String name, int version, String text) {
    }

    /** The activities of the programme in force in {@code year} with no result for it yet. */
    record Missing(int year, String programme, boolean compiling, String until, List<String> activities) {
    }

    private final SignOffs signOffs;
    private final ResultCoverage results;
    private final MonthDay compilingUntil;

    ReportingCycle(SignOffs signOffs, ResultCoverage results,
                   @Value("${ledger.reports.compiling-until:--03-31}") String compilingUntil) {
        this.signOffs = signOffs;
        this.results = results;
        this.compilingUntil = MonthDay.parse(compilingUntil);
    }

    private static List<Awaiting> awaiting(Collection<SignOffs.Standing> standings, String self) {
        return standings.stream().filter(st -> st.awaits(self)).map(st -> {
            SignOffStatus.Approval other = st.approvalsOfDraft().get(0);
            return new Awaiting(st.report(), name(st.report()), other.secretariat() + " (" + other.approvedBy() + ")",
                    other.approvedAt().substring(0, 10), st.contentDigest());
        }).toList();
    }

    private static List<Issued> issued(Collection<SignOffs.Standing> standings) {
        return standings.stream().filter(st -> st.issuedVersions() > 0)
                .map(st -> new Issued(st.report(), name(st.report()), st.issuedVersions(), st.text())).toList();
    }

    Missing missing(LocalDate today) {
        boolean compiling = !MonthDay.from(today).isAfter(compilingUntil);
        int year = compiling ? today.getYear() - 1 : today.getYear();
        Programme programme = CATALOGUE.forYear(year);
        Set<String> done = results.activitiesWithResults(programme.id(), year);
        List<String> open = programme.activityCodes().stream().map(ActivityCode::value)
                .filter(code -> !done.contains(code)).toList();
        return new Missing(year, programme.id(), compiling, compilingUntil.atYear(year + 1).toString(), open);
    }

    /** "The 2025 report", "The 2021-2025 programme report". */
    static String name(String key) {
        return key.startsWith("annual/") ? "The " + key.substring(7) + " report"
                : "The " + key.substring(key.indexOf('/') + 1) + " programme report";
    }

    Map<String, Object> model(String self, Set<String> roles, LocalDate today) {
        // Each report's standing rebuilds its current draft: read once for the whole dashboard.
        Collection<SignOffs.Standing> standings = signOffs.standings().values();
        return Map.of("cycleAwaiting", roles.contains("APPROVER") ? awaiting(standings, self) : List.of(),
                "cycleIssued", issued(standings),
                "cycleMissing", roles.contains("RECORDER") ? List.of(missing(today)) : List.of());
    }
}

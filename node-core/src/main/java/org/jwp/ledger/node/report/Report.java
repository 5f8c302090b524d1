package org.jwp.ledger.node.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The joint implementation summary for a year or a programme: what every format renders. Holds nothing that depends
 * on the node or the moment it was produced, so the same ledger heads give the same report on both nodes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String title, String programme, String programmeTitle, String periodFrom, String periodTo,
                     String asOf, List<Head> heads, List<ThemeSection> themes, List<SpeciesSection> sharedSpecies,
                     List<OpenItem> openAtPeriodEnd, List<SummaryRow> summary, String sha256) {

    /** The ledger position the report was computed from: per origin, last sequence and its chain hash. */
    public record Head(String origin, long sequence, String hash) {
    }

    public record ThemeSection(String code, String title, List<ActivitySection> activities) {
    }

    public record ActivitySection(String code, String title, String summary, List<Entry> results) {

        public boolean nothingRecorded() {
            return results.isEmpty();
        }
    }

    /** One result or workflow item: {@code by} is {@code Joint}, {@code CITES} or {@code CMS}. */
    public record Entry(String date, String kind, String id, String by, String text, List<String> documentRefs) {
    }

    public record SpeciesSection(String group, List<String> taxa, List<Entry> items) {
    }

    public record OpenItem(String id, String kind, String owner, String counterpart, String title, String status,
                           String deadline, boolean overdue) {
    }

    public record SummaryRow(String theme, long cites, long cms, long joint, long total) {
    }

    Report withSha256(String digest) {
        return new Report(title, programme, programmeTitle, periodFrom, periodTo, asOf, heads, themes, sharedSpecies,
                openAtPeriodEnd, summary, digest);
    }
}

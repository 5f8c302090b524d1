package org.jwp.ledger.node.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The joint implementation summary for a year or a programme: what every format renders. First the annex as the
 * programme document lays it out, with the secretariats' own result passages per row; then what the ledger adds
 * (workflow record, shared species, open items, counts). Holds nothing that depends on the node or the moment it was
 * produced, so the same ledger gives the same report on both nodes.
 *
 * <p>{@code contentSha256} covers the content only (every member but {@code reference}, {@code asOf}, {@code heads},
 * {@code attestation} and itself; see {@link ReportJson#digest}): the same content gives the same digest whatever
 * else the ledger has received since, and whatever document symbol it is printed under.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String title, String reference, String programme, String programmeTitle, String documentTitle,
                     String periodFrom, String periodTo, List<String> introduction, List<ThemeSection> themes,
                     List<LedgerRow> ledger, List<SpeciesSection> sharedSpecies, List<OpenItem> openAtPeriodEnd,
                     List<SummaryRow> summary, String asOf, List<Head> heads, String contentSha256,
                     List<Attestation> attestation) {

    /**
     * One secretariat's approval of an issued report: who approved, when, the event that records it, and the signed
     * checkpoint of that secretariat's chain covering it (none yet: {@code checkpointSequence} 0).
     */
    public record Attestation(String secretariat, String approvedBy, String approvedAt, String eventId, String origin,
                              long sequence, String chainHash, long checkpointSequence, String checkpointHash,
                              String checkpointTime, String checkpointKey, String checkpointSignature) {
    }

    /** The ledger position the report was computed from: per origin, last sequence and its chain hash. */
    public record Head(String origin, long sequence, String hash) {
    }

    /** A theme as the programme document writes it: title, introduction paragraphs (markup), and its rows. */
    public record ThemeSection(String code, String title, List<String> introduction, List<RowSection> rows) {
    }

    /**
     * One row of the annex table: the subject heading and the activities' texts as written (left), and the result
     * passages the secretariats recorded for the row's activities in the period, each once, in the order acted on.
     */
    public record RowSection(String heading, List<String> activities, List<Passage> results) {
    }

    /** A result passage as recorded (markup), with the id of the event that recorded it. */
    public record Passage(String id, String text) {
    }

    /**
     * What the ledger holds for a row (codes such as "B: B2–B4"): a counting sentence on its workflow items (requests
     * answered on time or late, loans, representations; none if there are no items), then its results and items,
     * dated and attributed.
     */
    public record LedgerRow(String activities, String heading, String summary, List<Entry> entries) {

        public boolean nothingRecorded() {
            return entries.isEmpty();
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

    Report withDigest(String digest) {
        return new Report(title, reference, programme, programmeTitle, documentTitle, periodFrom, periodTo,
                introduction, themes, ledger, sharedSpecies, openAtPeriodEnd, summary, asOf, heads, digest,
                attestation);
    }

    /** The members the content digest covers: those of {@link ReportJson#NOT_CONTENT} left out (null, not written). */
    Report content() {
        return new Report(title, null, programme, programmeTitle, documentTitle, periodFrom, periodTo, introduction,
                themes, ledger, sharedSpecies, openAtPeriodEnd, summary, null, null, null, null);
    }

    /** The issued report: this content with both secretariats' approvals beside it. */
    public Report withAttestation(List<Attestation> approvals) {
        return new Report(title, reference, programme, programmeTitle, documentTitle, periodFrom, periodTo,
                introduction, themes, ledger, sharedSpecies, openAtPeriodEnd, summary, asOf, heads, contentSha256,
                List.copyOf(approvals));
    }

}

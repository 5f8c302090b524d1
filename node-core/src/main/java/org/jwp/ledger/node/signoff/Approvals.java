package org.jwp.ledger.node.signoff;

import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.signoff.ReportApproved;
import org.jwp.ledger.node.ledger.ActingRights;
import org.jwp.ledger.node.ledger.ContractKnowledge;
import org.jwp.ledger.node.ledger.ForbiddenEvent;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.report.Report;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The approvals recorded for a report, read from the store in one order both nodes share (time stored on the
 * origin, origin, sequence), and the signed checkpoints that cover them.
 */
@Component
class Approvals {

    private static final String TYPE = EventContracts.typeName(ReportApproved.class);

    private final JdbcTemplate jdbc;
    private final ContractKnowledge contracts;
    private final ActingRights rights;

    Approvals(JdbcTemplate jdbc, ContractKnowledge contracts, ActingRights rights) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.rights = rights;
    }

    List<SignOffStatus.Approval> of(String report) {
        return all().getOrDefault(report, List.of());
    }

    /** Every report's approvals, by report key. */
    Map<String, List<SignOffStatus.Approval>> all() {
        Map<String, List<SignOffStatus.Approval>> byReport = new java.util.TreeMap<>();
        jdbc.query("select " + LedgerStore.COLUMNS + LedgerStore.FROM + "where e.payload_type = ? "
                + "order by e.stored_at, e.origin, e.origin_sequence", rs -> {
                    StoredEvent e = LedgerStore.ROW.mapRow(rs, 0);
                    // Who approved is the event's origin, the secretariat whose ledger it stands in: never the
                    // payload's own word. An approval its origin could not emit (refused on receipt, so only one
                    // that reached the store another way) stops the status, naming it, as every reader does.
                    rights.refusal(e, List.of()).ifPresent(why -> {
                        throw new ForbiddenEvent("the sign-off cannot be read: event " + e.eventId() + " of "
                                + e.origin() + " is not its to emit (" + why + ")");
                    });
                    contracts.read(e.payloadType(), e.payloadRevision(), e.payload())
                            .map(ReportApproved.class::cast)
                            .ifPresent(a -> byReport.computeIfAbsent(a.report(), k -> new ArrayList<>())
                                    .add(new SignOffStatus.Approval(e.eventId(), e.origin(), e.sequence(),
                                            e.origin(), RecordingMetadata.recordedBy(e), e.timestamp(),
                                            a.contentDigest(), a.heads())));
                }, TYPE);
        return byReport;
    }

    /** Each approval with its chain hash and the first signed checkpoint of its origin at or after it. */
    List<Report.Attestation> attest(List<SignOffStatus.Approval> approvals) {
        List<Report.Attestation> out = new ArrayList<>();
        for (SignOffStatus.Approval a : approvals) {
            String hash = jdbc.queryForObject("select hash from ledger_chain where origin = ? and sequence = ?",
                    String.class, a.origin(), a.sequence());
            List<Report.Attestation> covered = jdbc.query("select sequence, hash, signed_at, key_fingerprint, "
                    + "signature from ledger_checkpoint where origin = ? and sequence >= ? order by sequence limit 1",
                    (rs, n) -> new Report.Attestation(a.secretariat(), a.approvedBy(), a.approvedAt(), a.eventId(),
                            a.origin(), a.sequence(), hash, rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)), a.origin(), a.sequence());
            out.add(covered.isEmpty() ? new Report.Attestation(a.secretariat(), a.approvedBy(), a.approvedAt(),
                    a.eventId(), a.origin(), a.sequence(), hash, 0, null, null, null, null) : covered.get(0));
        }
        return out;
    }
}

package org.jwp.ledger.node.signoff;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.signoff.ReportApproved;

import java.time.LocalDate;
import java.util.List;

/** Approve a report's content, named by its digest, as computed from the given heads. */
public record ApproveReport(@TargetAggregateIdentifier String approvalId, String report, String contentDigest,
                            List<ReportApproved.Head> heads, LocalDate actedOn) {
}

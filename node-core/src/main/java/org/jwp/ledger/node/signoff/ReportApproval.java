package org.jwp.ledger.node.signoff;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.signoff.ReportApproved;

import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One approver's approval of one report content, in the approving secretariat's own stream; final once made. */
@Aggregate
public class ReportApproval {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern REPORT = Pattern.compile("annual/\\d{4}|programme/\\d{4}-\\d{4}");

    @AggregateIdentifier
    private String approvalId;

    @CommandHandler
    public ReportApproval(ApproveReport cmd) {
        if (cmd.contentDigest() == null || !DIGEST.matcher(cmd.contentDigest()).matches()) {
            throw new IllegalArgumentException("a content digest is 64 lower-case hex digits");
        }
        if (cmd.report() == null || !REPORT.matcher(cmd.report()).matches()) {
            throw new IllegalArgumentException("a report is annual/<year> or programme/<first>-<last>");
        }
        if (cmd.heads() == null || cmd.heads().isEmpty()) {
            throw new IllegalArgumentException("the heads the content was computed from are required");
        }
        apply(new ReportApproved(cmd.approvalId(), Secretariat.ownerOf(cmd.approvalId()), cmd.report(),
                cmd.contentDigest(), cmd.heads(), cmd.actedOn()));
    }

    @EventSourcingHandler
    void on(ReportApproved e) {
        approvalId = e.approvalId();
    }

    protected ReportApproval() {
        // for Axon
    }
}

package org.jwp.ledger.node.signoff;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.signoff.ReportApproved;
import org.jwp.ledger.node.ledger.CommandRefused;

import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One secretariat's approval of one report content, in its own stream; final once made. The stream is named after
 * what it approves ({@link #idFor}): a secretariat approves a content of a report once (SignOffStatus counts each
 * secretariat's approval of a content once), and two requests approving it at once write the same new stream,
 * which the store lets only one of them create.
 */
@Aggregate
public class ReportApproval {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern REPORT = Pattern.compile("annual/\\d{4}|programme/\\d{4}-\\d{4}");

    @AggregateIdentifier
    private String approvalId;
    private String report;

    /** The stream of {@code secretariat}'s approval of that content of that report. */
    public static String idFor(Secretariat secretariat, String report, String contentDigest) {
        return secretariat + "-APPR-" + report.replace('/', '-') + "-" + contentDigest;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApproveReport cmd) {
        if (approvalId != null) {
            throw new CommandRefused(Secretariat.ownerOf(approvalId) + " has already approved this content of "
                    + report, "APPROVED");
        }
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
        report = e.report();
    }

    protected ReportApproval() {
        // for Axon
    }
}

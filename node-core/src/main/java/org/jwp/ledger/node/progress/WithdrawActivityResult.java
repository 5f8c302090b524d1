package org.jwp.ledger.node.progress;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Withdraw a result, with a reason: it no longer stands in reports. */
public record WithdrawActivityResult(@TargetAggregateIdentifier String resultId, String reason, LocalDate actedOn) {
}

package org.jwp.ledger.events;

import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.personaldata.PersonalDataErased;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.events.recovery.UnprovenEventsAccepted;
import org.jwp.ledger.events.recovery.UnprovenEventsRefused;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.events.signoff.ReportApproved;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;

import java.util.List;
import java.util.Optional;

/** Every event contract the secretariats have agreed on, with its type name and current revision. */
public final class EventContracts {

    public static final List<Class<? extends Record>> ALL = List.of(
            ConsultationRequested.class,
            ConsultationDueDateExtended.class,
            ConsultationWithdrawn.class,
            ConsultationCommentSubmitted.class,
            ConsultationDeclined.class,
            StaffLoanProposed.class,
            StaffLoanAgreed.class,
            StaffLoanDeclined.class,
            StaffLoanStarted.class,
            StaffLoanCompleted.class,
            StaffLoanCancelled.class,
            RepresentationRequested.class,
            RepresentationAccepted.class,
            RepresentationDeclined.class,
            RepresentationAttended.class,
            RepresentationReportAcknowledged.class,
            ActivityResultRecorded.class,
            ActivityResultCorrected.class,
            ActivityResultWithdrawn.class,
            PersonalDataErased.class,
            ReportApproved.class,
            UnprovenEventsAccepted.class,
            UnprovenEventsRefused.class,
            StepCorrected.class);

    /** By type name: every stored event read (a report reads a year's, a catch-up a page's) looks its class up. */
    private static final java.util.Map<String, Class<? extends Record>> BY_NAME = ALL.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(EventContracts::typeName, c -> c));

    /**
     * One mapper for every read, configured once: a mapper made per event (as before) introspected the contract's
     * class again each time, which made reading a year's 100,000 events take seconds. Jackson's mappers are safe to
     * share once configured; this one is never reconfigured.
     */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = EventJson.mapper();

    private EventContracts() {
    }

    /** The type name stored with each event and carried by replication: the contract's fully qualified name. */
    public static String typeName(Class<?> contract) {
        return contract.getName();
    }

    /** The short name people read in timelines and reports, e.g. {@code ConsultationRequested}. */
    public static String shortName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    public static String revisionOf(Class<?> contract) {
        Contract c = contract.getAnnotation(Contract.class);
        if (c == null) {
            throw new IllegalArgumentException(contract.getName() + " is not an event contract");
        }
        return c.revision();
    }

    public static Optional<Class<? extends Record>> byTypeName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    /** The contract whose short name ({@link #shortName}) this is, e.g. {@code ConsultationRequested}. */
    public static Optional<Class<? extends Record>> byShortName(String shortName) {
        return ALL.stream().filter(c -> c.getSimpleName().equals(shortName)).findFirst();
    }

    /** Whether a stored (type, revision) pair is one this build can read, directly or through an upcaster. */
    public static boolean isKnown(String typeName, String revision) {
        return ContractUpcasts.readable(typeName, revision);
    }

    /**
     * A stored event as this build's contract: upcast from an earlier revision where needed. Refuses a type or
     * revision this build does not know (a newer version's event): check {@link #isKnown} first.
     */
    public static Object read(String typeName, String revision, byte[] payload) {
        Class<? extends Record> contract = byTypeName(typeName)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + typeName));
        try {
            if (revisionOf(contract).equals(revision)) {
                return JSON.readValue(payload, contract);
            }
            return JSON.treeToValue(ContractUpcasts.upcast(typeName, revision, JSON.readTree(payload)), contract);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("unreadable " + typeName + " revision " + revision, e);
        }
    }
}

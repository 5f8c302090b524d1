package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.format.ChainHash;
import org.jwp.ledger.node.audit.ChainWriter;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.node.ledger.ActingRights;
import org.jwp.ledger.node.ledger.HeldEvents;
import org.jwp.ledger.node.ledger.IdAllocator;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.ledger.StoreAppends;
import org.jwp.ledger.node.personaldata.PersonalDataVault;
import org.jwp.ledger.node.personaldata.SealedSubjects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one path by which another secretariat's events enter this ledger: stored unchanged (same id, stream, sequence,
 * timestamp, payload and metadata bytes), each checked before it lands. A refusal appends nothing of the batch.
 * Tracking processors then see these rows like local ones.
 */
@Component
public class ForeignEvents {

    private final JdbcTemplate jdbc;
    private final LedgerStore store;
    private final NodeIdentity identity;
    private final ChainWriter chain;
    private final PersonalDataVault vault;
    private final IdAllocator ids;
    private final HeldEvents held;
    private final StoreAppends appends;
    private final ActingRights rights;
    private final UnknownEventBound unknown;
    private final ObjectMapper json = EventJson.mapper();

    ForeignEvents(JdbcTemplate jdbc, LedgerStore store, NodeIdentity identity, ChainWriter chain,
                  PersonalDataVault vault, IdAllocator ids, HeldEvents held, StoreAppends appends,
                  ActingRights rights, UnknownEventBound unknown) {
        this.unknown = unknown;
        this.rights = rights;
        this.appends = appends;
        this.held = held;
        this.vault = vault;
        this.ids = ids;
        this.jdbc = jdbc;
        this.store = store;
        this.identity = identity;
        this.chain = chain;
    }

    /**
     * Appends a peer's batch in one transaction; returns how many were new. The origin's head and last hash are read
     * once and carried along the batch, not queried again for every event.
     */
    @Transactional
    public int append(Secretariat from, List<StoredEvent> batch) {
        batch.forEach(e -> checkOrigin(from, e));
        if (from == identity.secretariat()) {
            throw new ReplicationRefused(batch.get(0), "this node is " + from
                    + "; its own events never arrive from a peer");
        }
        unknown.check(from, batch);
        return link(from, batch, Map.of(), from);
    }

    /**
     * Appends this node's own events, lost with an old backup, as a peer handed them back: the same checks as a
     * peer's events, chained onto what this node holds, and each one this node signed a checkpoint for must give
     * that checkpoint's hash ({@code signed}: sequence to hash, signatures already verified). Only while the node
     * does not record itself, so no local append takes a sequence in between.
     */
    @Transactional
    public int restoreOwn(Secretariat peer, List<StoredEvent> batch, Map<Long, String> signed) {
        int appended = link(identity.secretariat(), batch, signed, peer);
        // In the same transaction: a node stopped right after this page must not hand out its item numbers again.
        ids.noteTaken(batch.stream().map(StoredEvent::aggregateId).toList());
        return appended;
    }

    /**
     * Checks, without appending anything, that {@code batch} would chain onto this node's own head by the same rules
     * as {@link #restoreOwn}: how a peer's handed-back events no checkpoint covers are examined before anyone decides
     * on them.
     */
    @Transactional(readOnly = true)
    public void checkOwn(List<StoredEvent> batch) {
        chained(identity.secretariat(), batch, Map.of());
    }

    /** {@code keysFrom}: the peer to ask for the keys of persons these events name (docs/personal-data.md). */
    private int link(Secretariat from, List<StoredEvent> batch, Map<Long, String> signed, Secretariat keysFrom) {
        Linked linked = chained(from, batch, signed);
        insert(linked.fresh());
        chain.link(linked.fresh(), linked.hashes());
        held.holdUnreadable(linked.fresh());
        linked.fresh().forEach(e -> SealedSubjects.in(e.payload())
                .forEach(subject -> vault.want(subject, keysFrom.name())));
        if (!linked.fresh().isEmpty()) {
            appends.afterCommit();
        }
        return linked.fresh().size();
    }

    private record Linked(List<StoredEvent> fresh, List<String> hashes) {
    }

    /** The events of the batch not held yet, each checked and chained onto the origin's head, with their hashes. */
    private Linked chained(Secretariat from, List<StoredEvent> batch, Map<Long, String> signed) {
        long head = store.heads().getOrDefault(from.name(), 0L);
        String previous = store.chainHash(from.name(), head).orElseThrow(() -> new IllegalStateException(
                "no chain link for " + from + " #" + head));
        List<StoredEvent> fresh = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        Instant before = store.lastStoredAt(from.name()).orElse(Instant.MIN);
        for (StoredEvent e : batch) {
            check(from, e);
            if (e.sequence() <= head + fresh.size() && alreadyHeld(e)) {
                continue;
            }
            long next = head + fresh.size() + 1;
            if (e.sequence() != next) {
                throw new ReplicationRefused(e, "its sequence " + e.sequence() + " is not the next of " + e.origin()
                        + " (expected " + next + "): a gap or a repeat");
            }
            Instant stored = storedAt(e);
            if (stored.isBefore(before)) {
                throw new ReplicationRefused(e, "it was stored at " + e.timestamp() + ", before " + e.origin()
                        + "'s previous event (" + before + "): within one origin time never runs backwards");
            }
            before = stored;
            String hash = ChainHash.next(previous, Envelope.canonical(e));
            if (!hash.equals(e.hash())) {
                throw new ReplicationRefused(e, "hash mismatch: it claims " + e.hash() + " but its content chained "
                        + "to what this ledger holds gives " + hash);
            }
            String checkpoint = signed.get(e.sequence());
            if (checkpoint != null && !checkpoint.equals(hash)) {
                throw new ReplicationRefused(e, "this node signed hash " + checkpoint + " for sequence "
                        + e.sequence() + " but the event handed back gives " + hash);
            }
            // Whose item it names is checked on the event as chained: a peer acts only on what is its own.
            Optional<String> notItsOwn = rights.refusal(e, fresh);
            if (notItsOwn.isPresent()) {
                throw new ReplicationRefused(e, notItsOwn.get());
            }
            fresh.add(e);
            hashes.add(hash);
            previous = hash;
        }
        return new Linked(fresh, hashes);
    }

    private static Instant storedAt(StoredEvent e) {
        try {
            return java.time.OffsetDateTime.parse(e.timestamp()).toInstant();
        } catch (java.time.format.DateTimeParseException ex) {
            throw new ReplicationRefused(e, "its time " + e.timestamp() + " is not an ISO-8601 instant");
        }
    }

    /** A re-delivered event is harmless if it is the same event, byte for byte; anything else under its id is not. */
    private boolean alreadyHeld(StoredEvent e) {
        Optional<StoredEvent> present = store.byEventId(e.eventId());
        if (present.isPresent() && !present.get().sameAs(e)) {
            throw new ReplicationRefused(e, "an event with this id is already stored with different content");
        }
        return present.isPresent();
    }

    /** One statement batch for the whole page: every row still passes the store's trigger, in sequence order. */
    private void insert(List<StoredEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate("""
                            insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                                type, time_stamp, payload_type, payload_revision, payload, meta_data, origin,
                                origin_sequence)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    events.stream().map(e -> new Object[]{e.eventId(), e.aggregateId(), e.aggregateSequence(),
                            e.aggregateType(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(),
                            e.metadata(), e.origin(), e.sequence()}).toList());
        } catch (DataIntegrityViolationException ex) {
            StoredEvent first = events.get(0);
            throw new ReplicationRefused(first, "the store refused the batch from sequence " + first.sequence()
                    + ": " + ex.getMostSpecificCause().getMessage());
        }
    }

    private static void checkOrigin(Secretariat from, StoredEvent e) {
        if (!from.name().equals(e.origin())) {
            throw new ReplicationRefused(e, "it claims origin " + e.origin() + " but came from " + from);
        }
    }

    private void check(Secretariat from, StoredEvent e) {
        checkOrigin(from, e);
        Secretariat owner;
        try {
            owner = Secretariat.ownerOf(e.aggregateId());
        } catch (IllegalArgumentException ex) {
            throw new ReplicationRefused(e, "its stream id " + e.aggregateId() + " names no secretariat");
        }
        if (owner != from) {
            throw new ReplicationRefused(e, "it would write " + e.aggregateId() + ", a stream owned by " + owner
                    + ", not by " + from);
        }
        // A type or revision this build cannot read is a newer build's event: stored, chained and verified like
        // any other, and held unread (HeldEvents) until this node is upgraded; never a reason to stop following.
        String metaOrigin = metadataOrigin(e);
        if (!e.origin().equals(metaOrigin)) {
            throw new ReplicationRefused(e, "its metadata names origin " + metaOrigin);
        }
    }

    private String metadataOrigin(StoredEvent e) {
        try {
            JsonNode meta = e.metadata() == null ? null : json.readTree(e.metadata());
            return meta == null || !meta.hasNonNull(RecordingMetadata.ORIGIN) ? null
                    : meta.get(RecordingMetadata.ORIGIN).asText();
        } catch (IOException ex) {
            throw new ReplicationRefused(e, "its metadata is not JSON");
        }
    }
}

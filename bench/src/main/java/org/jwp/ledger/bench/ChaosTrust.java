package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.format.ChainHash;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parties the ledger protects against (docs/security.md): a peer that plants an event of CITES's own origin while
 * CITES compares its chain after a restart, and a database superuser who rewrites one of CITES's events with its
 * chain links and deletes the checkpoint over it. Nothing forged may ever be signed or served as valid.
 */
final class ChaosTrust {

    private final Chaos chaos;
    private final ChaosPair pair;

    ChaosTrust(Chaos chaos, ChaosPair pair) {
        this.chaos = chaos;
        this.pair = pair;
    }

    void runAll() throws Exception {
        plantingPeer();
        superuserRewrite();
    }

    private void plantingPeer() throws Exception {
        String fault = "a peer that plants an event of CITES's own origin while CITES compares after a restart";
        long head = signedHeadHeldByCms();
        pair.killCites();
        StoredEvent planted = plantedAfter(head);
        chaos.injected(fault);
        try (PlantingPeer peer = new PlantingPeer(pair.gate.port(), planted)) {
            pair.launchCites(peer.port());
            JsonNode state = await("UNPROVEN");
            JsonNode unproven = state.path("unproven");
            chaos.check(fault, "held unappended, writes closed until an administrator decides", unproven.size() == 1
                    && planted.eventId().equals(unproven.get(0).path("eventId").asText()), "writes "
                    + state.path("writes").asText() + ", " + unproven.size() + " event(s) held");
            int refused = pair.cites().post("/api/admin/recovery/unproven/refusal",
                    "{\"reason\":\"chaos run: planted by the peer\"}").statusCode();
            pair.awaitCitesHealthy();
            chaos.check(fault, "refused, then CITES records again", refused == 201, "refusal answered " + refused);
        }
        pair.killCites();
        pair.startCites();
        long stored = Pg.count("chaos_cites", "select count(*) from domain_event_entry where event_identifier = '"
                + planted.eventId() + "'") + Pg.count("chaos_cms", "select count(*) from domain_event_entry where "
                + "event_identifier = '" + planted.eventId() + "'");
        long signed = Pg.count("chaos_cites", "select count(*) from ledger_checkpoint where hash = '" + planted.hash()
                + "'") + Pg.count("chaos_cms", "select count(*) from ledger_checkpoint where hash = '"
                + planted.hash() + "'");
        chaos.check(fault, "the planted event is stored, signed and served nowhere", stored == 0 && signed == 0,
                String.format("stored %d times, under %d checkpoints", stored, signed));
        chaos.agreeAfter(pair, fault, Set.of(), "no load");
    }

    private void superuserRewrite() throws Exception {
        String fault = "a database superuser rewrites a CITES event, its chain links, and deletes its checkpoint";
        long head = signedHeadHeldByCms();
        long target = head - 2;
        List<String[]> chain = new ArrayList<>();
        byte[] original;
        List<Object[]> checkpoints = new ArrayList<>();
        String rewrittenHead;
        chaos.injected(fault);
        try (Connection c = Pg.connect("chaos_cites"); Statement s = c.createStatement()) {
            original = bytes(c, "select payload from domain_event_entry where origin = 'CITES' and origin_sequence = "
                    + target);
            try (ResultSet rs = s.executeQuery("select sequence, hash from ledger_chain where origin = 'CITES' and "
                    + "sequence >= " + target + " order by sequence")) {
                while (rs.next()) {
                    chain.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            try (ResultSet rs = s.executeQuery("select origin, sequence, hash, signed_at, key_fingerprint, signature "
                    + "from ledger_checkpoint where origin = 'CITES' and sequence >= " + target)) {
                while (rs.next()) {
                    checkpoints.add(new Object[]{rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)});
                }
            }
            triggers(s, "disable");
            try (PreparedStatement p = c.prepareStatement("update domain_event_entry set payload = ? where origin = "
                    + "'CITES' and origin_sequence = ?")) {
                p.setBytes(1, new String(original, java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("\"text\":\"", "\"text\":\"Rewritten: ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                p.setLong(2, target);
                p.executeUpdate();
            }
            rewrittenHead = relink(c, target, head);
            s.executeUpdate("delete from ledger_checkpoint where origin = 'CITES' and sequence >= " + target);
            triggers(s, "enable");
        }
        JsonNode state = await("FAILED");
        chaos.check(fault, "CITES closes writes and names the first differing sequence",
                state.path("reason").asText().contains("from sequence " + target + " on"),
                state.path("reason").asText());
        long signed = Pg.count("chaos_cites", "select count(*) from ledger_checkpoint where hash = '" + rewrittenHead
                + "'") + Pg.count("chaos_cms", "select count(*) from ledger_checkpoint where hash = '" + rewrittenHead
                + "'");
        int recorded = pair.cites().post("/api/activities/D2/results", "{\"programme\":\"2021-2025\",\"year\":2024,"
                + "\"text\":\"after the rewrite\",\"joint\":true}").statusCode();
        chaos.check(fault, "nothing signed over the rewritten history, nothing recorded on it", signed == 0
                && recorded == 503, String.format("%d checkpoints over the rewritten head; a new result answered %d",
                signed, recorded));
        // Repair from what was saved (as from a backup), so the run can go on.
        pair.killCites();
        try (Connection c = Pg.connect("chaos_cites"); Statement s = c.createStatement()) {
            triggers(s, "disable");
            try (PreparedStatement p = c.prepareStatement("update domain_event_entry set payload = ? where origin = "
                    + "'CITES' and origin_sequence = ?")) {
                p.setBytes(1, original);
                p.setLong(2, target);
                p.executeUpdate();
            }
            for (String[] link : chain) {
                s.executeUpdate("update ledger_chain set hash = '" + link[1] + "' where origin = 'CITES' and sequence = "
                        + link[0]);
            }
            try (PreparedStatement p = c.prepareStatement("insert into ledger_checkpoint (origin, sequence, hash, "
                    + "signed_at, key_fingerprint, signature) values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
                for (Object[] row : checkpoints) {
                    for (int i = 0; i < row.length; i++) {
                        p.setObject(i + 1, row[i]);
                    }
                    p.executeUpdate();
                }
            }
            triggers(s, "enable");
        }
        // As the administrator does once the database is repaired (docs/operations.md, "After an integrity alarm"):
        // the alarm the node kept in its data folder would otherwise keep it FAILED from its next start.
        Path alarm = pair.setup.work.resolve("chaos_cites").resolve("integrity").resolve("ALARM");
        chaos.check(fault, "the alarm is kept in the data folder, naming the sequence", Files.exists(alarm)
                && Files.readString(alarm).contains("from sequence " + target + " on"), alarm.toString());
        Files.delete(alarm);
        pair.startCites();
        chaos.agreeAfter(pair, fault, Set.of(), "no load; CITES repaired from the saved rows");
    }

    /** CITES signs its head now; returns it once CMS holds that checkpoint. */
    private long signedHeadHeldByCms() throws Exception {
        pair.cites().post("/api/audit/checkpoints", null);
        long head = Pg.count("chaos_cites", "select coalesce(max(sequence), 0) from ledger_checkpoint where origin = "
                + "'CITES'");
        boolean held = ChaosPair.await(() -> {
            try {
                return Pg.count("chaos_cms", "select count(*) from ledger_checkpoint where origin = 'CITES' and "
                        + "sequence = " + head) == 1;
            } catch (Exception e) {
                return false;
            }
        }, 60);
        if (!held || head < 3) {
            throw new IllegalStateException("CMS did not receive CITES's checkpoint at #" + head);
        }
        return head;
    }

    /** A new activity result of CITES's, made up, chained correctly after its head: what a hostile peer could send. */
    private StoredEvent plantedAfter(long head) throws Exception {
        try (Connection c = Pg.connect("chaos_cms"); PreparedStatement p = c.prepareStatement("select "
                + LedgerStore.COLUMNS + LedgerStore.FROM + "where e.origin = 'CITES' and e.origin_sequence = ?")) {
            p.setLong(1, head);
            StoredEvent last;
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                last = LedgerStore.ROW.mapRow(rs, 0);
            }
            String id = "CITES-RES-2026-9" + String.format("%03d", head % 1000);
            byte[] payload = new String(last.payload(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(last.aggregateId(), id).replaceFirst("\"text\":\"", "\"text\":\"Planted: ")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String time = org.axonframework.common.DateTimeUtils.formatInstant(java.time.Instant.now());
            StoredEvent e = new StoredEvent("CITES", head + 1, java.util.UUID.randomUUID().toString(), id, 0,
                    last.aggregateType(), time, last.payloadType(), last.payloadRevision(), payload, last.metadata(),
                    null);
            String hash = ChainHash.next(last.hash(), Envelope.canonical(e));
            return new StoredEvent(e.origin(), e.sequence(), e.eventId(), e.aggregateId(), e.aggregateSequence(),
                    e.aggregateType(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata(),
                    hash);
        }
    }

    private static String relink(Connection c, long from, long to) throws Exception {
        String hash;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select hash from ledger_chain where "
                + "origin = 'CITES' and sequence = " + (from - 1))) {
            rs.next();
            hash = rs.getString(1);
        }
        try (PreparedStatement read = c.prepareStatement("select " + LedgerStore.COLUMNS + LedgerStore.FROM
                + "where e.origin = 'CITES' and e.origin_sequence = ?");
             PreparedStatement write = c.prepareStatement("update ledger_chain set hash = ? where origin = 'CITES' "
                     + "and sequence = ?")) {
            for (long seq = from; seq <= to; seq++) {
                read.setLong(1, seq);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    hash = ChainHash.next(hash, Envelope.canonical(LedgerStore.ROW.mapRow(rs, 0)));
                }
                write.setString(1, hash);
                write.setLong(2, seq);
                write.executeUpdate();
            }
        }
        return hash;
    }

    private static void triggers(Statement s, String how) throws Exception {
        for (String table : new String[]{"domain_event_entry", "ledger_chain", "ledger_checkpoint"}) {
            s.execute("alter table " + table + " " + how + " trigger user");
        }
    }

    private static byte[] bytes(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBytes(1);
        }
    }

    private JsonNode await(String writes) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        JsonNode state = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                state = pair.cites().json("/api/audit/recovery");
                if (writes.equals(state.path("writes").asText())) {
                    return state;
                }
            } catch (java.io.IOException | IllegalStateException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        return state == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : state;
    }
}

package org.jwp.ledger.node.ledger;

import org.jwp.ledger.format.StoredEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodeProcess;
import org.jwp.ledger.node.support.RunningNode;

import org.axonframework.common.DateTimeUtils;
import org.jwp.ledger.node.audit.Audit;
import org.jwp.ledger.format.ChainHash;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.LedgerVerifier;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's own guarantees under concurrency, on real PostgreSQL. */
class LedgerIntegrityIT {

    private static RunningNode cites;
    /**
     * A second CITES instance in an operating-system process of its own, on the same database: its appender races the
     * first one's at the database only, as two instances of a deployment do.
     */
    private static NodeProcess citesTwin;

    @BeforeAll
    static void start() {
        cites = RunningNode.start(Secretariat.CITES);
        citesTwin = NodeProcess.start(Secretariat.CITES, cites.databaseUrl());
    }

    @AfterAll
    static void stop() {
        citesTwin.close();
        cites.close();
    }

    /**
     * Eight writers, four on each of two node instances (two processes) sharing one database, each instance grouping its
     * commands in its appender: the sequence stays gapless and unique, the chain valid, and every acknowledged command (a 201 with
     * its new id) is stored exactly once, under an id no other command got.
     */
    @Test
    void thePerOriginSequenceIsGaplessUnderEightConcurrentWriters() throws Exception {
        double groupedBefore = cites.bean(GroupCommitCommandBus.class).counts()[1]
                + citesTwin.metric("ledger.appender.grouped.commands");
        List<Callable<List<String>>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            Http http = w % 2 == 0 ? cites.http("writer-" + w) : citesTwin.http("writer-" + w);
            writers.add(() -> {
                List<String> acknowledged = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    Http.Response r = http.post("/api/activities/D2/results", """
                            {"programme":"2021-2025","year":2024,"text":"Exchanged meeting calendars","joint":true}
                            """);
                    if (r.status() == 201) {
                        acknowledged.add(r.json().get("id").asText());
                    }
                }
                return acknowledged;
            });
        }

        List<String> acknowledged = runTogether(writers).stream().flatMap(List::stream).toList();

        assertThat(acknowledged).hasSize(200).doesNotHaveDuplicates();
        for (String id : acknowledged) {
            assertThat(cites.jdbc().queryForObject("select count(*) from domain_event_entry where origin = 'CITES' "
                    + "and aggregate_identifier = ?", Long.class, id)).as("events of " + id).isEqualTo(1L);
        }
        double grouped = cites.bean(GroupCommitCommandBus.class).counts()[1]
                + citesTwin.metric("ledger.appender.grouped.commands") - groupedBefore;
        assertThat(grouped).as("commands committed in groups of several").isPositive();
        List<Long> sequences = cites.jdbc().queryForList(
                "select origin_sequence from domain_event_entry where origin = 'CITES' order by origin_sequence",
                Long.class);
        assertThat(sequences).containsExactlyElementsOf(
                LongStream.rangeClosed(1, sequences.size()).boxed().toList());
        assertThat(cites.bean(LedgerStore.class).heads()).containsEntry("CITES", (long) sequences.size());
        List<Timestamp> times = cites.jdbc().queryForList("select time_stamp::timestamptz from domain_event_entry "
                + "where origin = 'CITES' order by origin_sequence", Timestamp.class);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).as("time of CITES #" + (i + 1)).isAfterOrEqualTo(times.get(i - 1));
        }
        assertThat(cites.bean(Audit.class).verify()).filteredOn(r -> r.origin().equals("CITES"))
                .hasSize(1).noneMatch(LedgerVerifier.OriginReport::failed);
    }

    @Test
    void aLocalEventTimedBeforeTheHeadIsStoredAtTheHeadsTimeAndStillChains() {
        assertThat(cites.recordResult(1).status()).isEqualTo(201);
        LedgerStore store = cites.bean(LedgerStore.class);
        long head = store.heads().get("CITES");
        String headTime = store.after("CITES", head - 1, 1).get(0).timestamp();
        String earlier = DateTimeUtils.formatInstant(Instant.parse(headTime).minusSeconds(3600));
        StoredEvent late = new StoredEvent("CITES", 0, UUID.randomUUID().toString(), "CITES-RES-2099-9999", 0,
                "ActivityResult", earlier, "org.jwp.ledger.events.progress.ActivityResultRecorded", "1",
                ("{\"resultId\":\"CITES-RES-2099-9999\",\"recordedBy\":\"CITES\",\"programme\":\"2021-2025\","
                        + "\"activityCode\":\"D1\",\"year\":2024,\"text\":\"Timed an hour early\",\"joint\":true,"
                        + "\"actedOn\":\"2024-03-15\"}").getBytes(StandardCharsets.UTF_8),
                "{\"origin\":\"CITES\",\"recordedBy\":\"x\"}".getBytes(StandardCharsets.UTF_8), null);
        Envelope.Split split = Envelope.aroundSequence(late);

        // As ChainLinkingAppend inserts a local event: its envelope split around the sequence the trigger assigns.
        cites.jdbc().update("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data, chain_prefix, chain_suffix)
                values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""", late.eventId(), late.aggregateId(),
                late.aggregateType(), late.timestamp(), late.payloadType(), late.payloadRevision(), late.payload(),
                late.metadata(), split.before(), split.after());

        StoredEvent stored = store.after("CITES", head, 1).get(0);
        assertThat(stored.eventId()).isEqualTo(late.eventId());
        assertThat(Instant.parse(stored.timestamp())).isAfterOrEqualTo(Instant.parse(headTime));
        assertThat(stored.hash()).isEqualTo(ChainHash.next(store.chainHash("CITES", head).orElseThrow(),
                Envelope.canonical(stored)));
    }

    @Test
    void aPeersEventTimedBeforeItsOriginsLastIsRefusedByTheStore() {
        String insert = """
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data, origin, origin_sequence)
                values (?, ?, 0, 'ActivityResult', ?, 'org.jwp.ledger.events.progress.ActivityResultRecorded', '1',
                        convert_to(?, 'UTF8'), '{"origin":"CMS"}'::bytea, 'CMS', ?)""";
        long next = cites.bean(LedgerStore.class).heads().getOrDefault("CMS", 0L) + 1;
        cites.jdbc().update(insert, UUID.randomUUID().toString(), "CMS-RES-2099-0001", "2026-06-01T10:00:00.000Z",
                result("CMS-RES-2099-0001"), next);

        assertThatThrownBy(() -> cites.jdbc().update(insert, UUID.randomUUID().toString(), "CMS-RES-2099-0002",
                "2026-05-31T10:00:00.000Z", result("CMS-RES-2099-0002"), next + 1))
                .rootCause().hasMessageContaining("time never runs backwards");
    }

    private static String result(String id) {
        return "{\"resultId\":\"" + id + "\",\"recordedBy\":\"CMS\",\"programme\":\"2021-2025\",\"activityCode\":"
                + "\"D1\",\"year\":2024,\"text\":\"Coordination\",\"joint\":true,\"actedOn\":\"2024-03-15\"}";
    }

    @Test
    void ofTwoConcurrentChangesToOneItemOneSucceedsAndTheOtherGets409() throws Exception {
        for (int round = 0; round < 5; round++) {
            Http.Response created = cites.http("alice").post("/api/consultations", """
                    {"requestedFrom":"CMS","meeting":"CITES CoP20","proposal":"Prop. %d","taxon":"Saiga tatarica",
                     "proposedChange":"Transfer to Appendix I","dueDate":"%s","activityCodes":["C3"]}"""
                    .formatted(round, LocalDate.now().plusDays(30)));
            String id = created.json().get("id").asText();
            long before = cites.eventCount();

            List<Integer> statuses = runTogether(List.of(
                    () -> cites.http("alice").post("/api/consultations/" + id + "/withdrawal",
                            "{\"reason\":\"first\"}").status(),
                    () -> citesTwin.http("bob").post("/api/consultations/" + id + "/withdrawal",
                            "{\"reason\":\"second\"}").status()));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(cites.eventCount()).isEqualTo(before + 1);
        }
    }

    @Test
    void theStoreRefusesToRewriteTheLedger() {
        assertThat(cites.http("x").post("/api/activities/D1/results", """
                {"programme":"2021-2025","year":2024,"text":"Coordination call","joint":true}""").status())
                .isEqualTo(201);

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        cites.jdbc().update("update domain_event_entry set payload = payload where origin = 'CITES'"))
                .rootCause().hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        cites.jdbc().update("delete from domain_event_entry"))
                .rootCause().hasMessageContaining("append-only");
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

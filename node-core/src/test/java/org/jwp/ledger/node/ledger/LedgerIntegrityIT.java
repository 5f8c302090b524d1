package org.jwp.ledger.node.ledger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's own guarantees under concurrency, on real PostgreSQL. */
class LedgerIntegrityIT {

    private static RunningNode cites;
    /** A second CITES process on the same database: its commands race the first one's at the database, not in a JVM lock. */
    private static RunningNode citesTwin;

    @BeforeAll
    static void start() {
        cites = RunningNode.start(Secretariat.CITES);
        citesTwin = RunningNode.start(Secretariat.CITES, cites.databaseUrl(), new Class<?>[0]);
    }

    @AfterAll
    static void stop() {
        citesTwin.close();
        cites.close();
    }

    @Test
    void thePerOriginSequenceIsGaplessUnderEightConcurrentWriters() throws Exception {
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            Http http = (w % 2 == 0 ? cites : citesTwin).http("writer-" + w);
            writers.add(() -> {
                int ok = 0;
                for (int i = 0; i < 25; i++) {
                    if (http.post("/api/activities/D2/results", """
                            {"programme":"2021-2025","year":2024,"text":"Exchanged meeting calendars","joint":true}
                            """).status() == 201) {
                        ok++;
                    }
                }
                return ok;
            });
        }

        int accepted = runTogether(writers).stream().mapToInt(Integer::intValue).sum();

        assertThat(accepted).isEqualTo(200);
        List<Long> sequences = cites.jdbc().queryForList(
                "select origin_sequence from domain_event_entry where origin = 'CITES' order by origin_sequence",
                Long.class);
        assertThat(sequences).containsExactlyElementsOf(
                LongStream.rangeClosed(1, sequences.size()).boxed().toList());
        assertThat(cites.bean(LedgerStore.class).heads()).containsEntry("CITES", (long) sequences.size());
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

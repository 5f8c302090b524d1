package org.jwp.ledger.bench;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.node.LedgerNode;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a large CITES ledger quickly for the workloads that need one (export, verification, replay, report): the
 * node itself, in this process, appends activity results through its own event store — per-origin sequence, chain
 * and checkpoints as for any event — in batches, skipping only HTTP and command handling. Events are spread evenly
 * over {@code years} from 2016, so each year holds {@code total / years}.
 */
final class BulkLoad {

    private static final int BATCH = 1000;

    private BulkLoad() {
    }

    static double load(String database, Path keyFile, Path usersFile, Path dataDir, long total, int years) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(LedgerNode.class).run(
                "--spring.config.import=classpath:ledger-node.properties", "--ledger.secretariat=CITES",
                "--spring.datasource.url=" + Pg.url(database), "--spring.datasource.username=" + Pg.USER,
                "--spring.datasource.password=", "--ledger.signing-key-file=" + keyFile,
                "--ledger.users-file=" + usersFile, "--ledger.data-dir=" + dataDir, "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        try {
            // The node process that follows builds its projections; this one only appends.
            node.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                    .forEach(EventProcessor::shutDown);
            EventStore store = node.getBean(EventStore.class);
            // One transaction per batch, as a command's unit of work would have: the events and their chain links
            // become visible together.
            TransactionManager transactions = node.getBean(TransactionManager.class);
            long t0 = System.nanoTime();
            List<EventMessage<?>> batch = new ArrayList<>(BATCH);
            for (long i = 0; i < total; i++) {
                batch.add(event(i, years, total));
                if (batch.size() == BATCH || i == total - 1) {
                    List<EventMessage<?>> toAppend = batch;
                    transactions.executeInTransaction(() -> store.publish(toAppend));
                    batch = new ArrayList<>(BATCH);
                }
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            node.close();
        }
    }

    private static EventMessage<?> event(long i, int years, long total) {
        long perYear = Math.max(1, total / years);
        int year = 2016 + (int) Math.min(years - 1, i / perYear);
        String programme = year <= 2020 ? "2015-2020" : "2021-2025";
        String id = "CITES-RES-" + year + "-" + String.format("%07d", i % perYear + 1);
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(i % 365);
        ActivityResultRecorded payload = new ActivityResultRecorded(id, Secretariat.CITES, programme,
                List.of(ActivityCode.of("D" + (1 + i % 2))), year, "Trade data exchanged for the CITES/CMS joint analysis, "
                + "entry " + i, List.of(DocumentReference.of("SC78 Doc. 12")), List.of(Taxon.of("Saiga tatarica")),
                true, day);
        return new GenericDomainEventMessage<>("ActivityResult", id, 0L, payload, MetaData.from(Map.of(
                RecordingMetadata.ORIGIN, "CITES", RecordingMetadata.RECORDED_BY, "bench-loader",
                RecordingMetadata.RECORDED_AT, Instant.now().toString())));
    }
}

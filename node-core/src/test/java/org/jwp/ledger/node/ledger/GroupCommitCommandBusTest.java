package org.jwp.ledger.node.ledger;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appender's contract, without a database: concurrent commands share one transaction, a refusal fails only its
 * own command, each accepted command's event is stored once, and no one hears back before the commit.
 */
class GroupCommitCommandBusTest {

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);
    private GroupCommitCommandBus bus;
    /** Set to lose the commit of the transaction that handled r2. */
    private volatile boolean failNextCommit;

    @BeforeEach
    void start() {
        bus = new GroupCommitCommandBus(SimpleCommandBus.builder(), new LoggingTransactions(), 64);
        bus.subscribe("hold", command -> {
            holding.countDown();
            release.await(30, TimeUnit.SECONDS);
            return record(command);
        });
        bus.subscribe("record", this::record);
        bus.subscribe("refuse", command -> {
            events.publish(GenericEventMessage.asEventMessage("never stored"));
            throw new CommandRefused("refused: " + command.getPayload(), "REFUSED");
        });
        bus.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        bus.stop();
        events.shutDown();
    }

    private Object record(CommandMessage<?> command) {
        events.publish(GenericEventMessage.asEventMessage(command.getPayload()));
        log.add("handled " + command.getPayload());
        return command.getPayload();
    }

    @Test
    void commandsWaitingTogetherAreCommittedInOneTransaction() throws Exception {
        FutureCallback<Object, Object> first = send("hold", "first");
        holding.await(30, TimeUnit.SECONDS);
        List<FutureCallback<Object, Object>> waiting = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            waiting.add(send("record", "r" + i));
        }
        release.countDown();
        assertThat(first.getResult().getPayload()).isEqualTo("first");
        for (int i = 0; i < 5; i++) {
            assertThat(waiting.get(i).getResult().getPayload()).isEqualTo("r" + (i + 1));
        }
        assertThat(bus.counts()).containsExactly(1, 5, 0, 0);
        assertThat(log).containsSubsequence("begin", "handled r1", "handled r5", "commit");
        assertThat(log.stream().filter("commit"::equals)).hasSize(2);
        assertThat(stored()).containsExactly("first", "r1", "r2", "r3", "r4", "r5");
    }

    @Test
    void aRefusalFailsOnlyItsOwnCommandAndTheOthersAreStoredOnce() throws Exception {
        send("hold", "first");
        holding.await(30, TimeUnit.SECONDS);
        FutureCallback<Object, Object> before = send("record", "before");
        FutureCallback<Object, Object> refused = send("refuse", "bad");
        FutureCallback<Object, Object> after = send("record", "after");
        release.countDown();
        assertThat(before.getResult().getPayload()).isEqualTo("before");
        assertThat(after.getResult().getPayload()).isEqualTo("after");
        assertThat(refused.getResult().isExceptional()).isTrue();
        assertThat(refused.getResult().exceptionResult()).isInstanceOf(CommandRefused.class);
        assertThat(stored()).containsExactly("first", "before", "after");
        assertThat(bus.counts()[2]).as("commands handled again alone").isEqualTo(3);
        assertThat(log).contains("rollback");
    }

    @Test
    void noCommandOfAGroupIsAnsweredBeforeItsCommit() throws Exception {
        send("hold", "first");
        holding.await(30, TimeUnit.SECONDS);
        List<FutureCallback<Object, Object>> group = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            FutureCallback<Object, Object> callback = send("record", "r" + i);
            group.add(callback);
        }
        release.countDown();
        for (FutureCallback<Object, Object> callback : group) {
            callback.getResult();
        }
        int lastCommit = log.lastIndexOf("commit");
        for (int i = 1; i <= 3; i++) {
            assertThat(log.indexOf("answered r" + i)).isGreaterThan(lastCommit);
        }
    }

    /**
     * A commit that does not come back (the connection dropped while it was on the way) may have been stored:
     * handling the group's commands again would answer a recorded creation as a concurrent change, or record an
     * update twice. ./ledger chaos saw the first when PostgreSQL was restarted under load.
     */
    @Test
    void aGroupWhoseCommitWasNotConfirmedIsAnsweredUnconfirmedAndNotHandledAgain() throws Exception {
        FutureCallback<Object, Object> first = send("hold", "first");
        holding.await(30, TimeUnit.SECONDS);
        FutureCallback<Object, Object> r1 = send("record", "r1");
        FutureCallback<Object, Object> r2 = send("record", "r2");
        failNextCommit = true;
        release.countDown();
        assertThat(first.getResult().getPayload()).isEqualTo("first");
        for (FutureCallback<Object, Object> callback : List.of(r1, r2)) {
            assertThat(callback.getResult().isExceptional()).isTrue();
            assertThat(callback.getResult().exceptionResult())
                    .isInstanceOf(GroupCommitCommandBus.CommitNotConfirmed.class)
                    .isInstanceOf(org.springframework.transaction.TransactionException.class);
        }
        assertThat(log.stream().filter("handled r1"::equals)).as("r1 handled once").hasSize(1);
        assertThat(stored()).containsExactly("first", "r1", "r2");
        assertThat(bus.counts()).containsExactly(0, 0, 0, 2);
    }

    @Test
    void aCommandSentInsideARunningUnitOfWorkIsHandledInTheCallersThread() {
        DefaultUnitOfWork<?> outer = DefaultUnitOfWork.startAndGet(null);
        FutureCallback<Object, Object> callback = send("record", "inside");
        assertThat(callback.isDone()).as("handled before dispatch returned").isTrue();
        outer.commit();
        assertThat(stored()).containsExactly("inside");
        assertThat(bus.counts()).containsExactly(0, 0, 0, 0);
    }

    /**
     * A caller in a database transaction (a recovery recording its decision) may hold a row the appender would wait
     * for, while it waits for the appender: its command runs in its own thread and transaction instead.
     */
    @Test
    void aCommandSentInsideADatabaseTransactionIsHandledInTheCallersThread() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            FutureCallback<Object, Object> callback = send("record", "in a transaction");
            assertThat(callback.isDone()).as("handled before dispatch returned").isTrue();
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(stored()).containsExactly("in a transaction");
        assertThat(bus.counts()).containsExactly(0, 0, 0, 0);
    }

    private FutureCallback<Object, Object> send(String name, String payload) {
        FutureCallback<Object, Object> callback = new FutureCallback<>() {
            @Override
            public void onResult(CommandMessage<?> command,
                                 org.axonframework.commandhandling.CommandResultMessage<?> result) {
                log.add("answered " + command.getPayload());
                super.onResult(command, result);
            }
        };
        bus.dispatch(new GenericCommandMessage<>(new org.axonframework.messaging.GenericMessage<>(payload), name),
                callback);
        return callback;
    }

    private List<Object> stored() {
        return storage.readEvents(null, false).map(e -> (Object) e.getPayload()).toList();
    }

    /**
     * Logs where transactions begin, commit and roll back, so answers can be placed against them; a transaction
     * started inside another joins it, as Spring's (propagation required) does.
     */
    private final class LoggingTransactions implements TransactionManager {
        private int depth;

        @Override
        public Transaction startTransaction() {
            boolean outer = depth++ == 0;
            log.add(outer ? "begin" : "join");
            return new Transaction() {
                @Override
                public void commit() {
                    depth--;
                    if (outer && failNextCommit && log.lastIndexOf("begin") < log.indexOf("handled r2")) {
                        failNextCommit = false;
                        log.add("commit lost");
                        throw new org.springframework.transaction.TransactionSystemException("I/O error: reset");
                    }
                    log.add(outer ? "commit" : "leave");
                }

                @Override
                public void rollback() {
                    depth--;
                    log.add(outer ? "rollback" : "rollback only");
                }
            };
        }
    }
}

package org.jwp.ledger.node.ledger;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's one appender: the commands of concurrent requests are handled by one thread, in groups, each group in
 * one unit of work and one database transaction — one append of all its events, one take of the origin's head row,
 * one chain pass in the insert trigger, one commit. Appends of one origin are serial in any case (the gapless
 * per-origin sequence holds the head row until commit, docs/ledger-format.md); grouping makes that serial section
 * once per group instead of once per command.
 *
 * <p>A command is answered only after its group committed. The group takes whatever is waiting when the previous
 * group is done, so a lone command waits for no one. When any command of a group is refused, or the group's commit
 * fails, the whole group is rolled back and its commands are handled again one by one, each in its own transaction
 * as Axon does by default: a refusal or a conflict then fails only its own command, and nothing of the others is
 * lost or recorded twice (the group's transaction stored nothing). A commit sent and not confirmed is the exception:
 * the group may be stored, so its commands are answered as not confirmed and not handled again.
 *
 * <p>Dispatch interceptors (the write gate, the ownership check) still run in the caller's thread, before a command
 * joins a group. A command dispatched inside a unit of work or a database transaction already running (an event
 * handler's; a recovery that records a decision in the transaction that appends what it decided on), or while the
 * appender is stopped, is handled in the caller's thread and transaction, as by Axon's {@link SimpleCommandBus}: the
 * appender waiting for a row that transaction holds, while the transaction waits for the appender, would never end.
 */
public class GroupCommitCommandBus extends SimpleCommandBus implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);

    private final TransactionManager transactions;
    private final int maxGroup;
    private final BlockingQueue<Pending<?, ?>> waiting = new LinkedBlockingQueue<>();
    private final AtomicLong groups = new AtomicLong();
    private final AtomicLong grouped = new AtomicLong();
    private final AtomicLong regrouped = new AtomicLong();
    private final AtomicLong unconfirmed = new AtomicLong();
    private volatile Thread appender;
    private volatile boolean running;

    public GroupCommitCommandBus(Builder builder, TransactionManager transactions, int maxGroup) {
        super(builder.transactionManager(transactions));
        if (maxGroup < 1) {
            throw new IllegalArgumentException("a group holds at least one command");
        }
        this.transactions = transactions;
        this.maxGroup = maxGroup;
    }

    @Override
    protected <C, R> void doDispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        if (!running || CurrentUnitOfWork.isStarted() || Thread.currentThread() == appender
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            super.doDispatch(command, callback);
            return;
        }
        waiting.add(new Pending<>(command, callback));
        if (!running) {
            // Stopped between the check and the add: the appender may already be gone, so drain here.
            drainInCallerThread();
        }
    }

    /**
     * Groups committed, commands in them, commands handled again alone after their group failed, and commands
     * answered as not confirmed because their group's commit did not come back.
     */
    public long[] counts() {
        return new long[]{groups.get(), grouped.get(), regrouped.get(), unconfirmed.get()};
    }

    private void drainInCallerThread() {
        Pending<?, ?> p;
        while ((p = waiting.poll()) != null) {
            p.handleAlone();
        }
    }

    private void appendLoop() {
        List<Pending<?, ?>> group = new ArrayList<>(maxGroup);
        while (running || !waiting.isEmpty()) {
            try {
                Pending<?, ?> first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, maxGroup - 1);
                handle(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // Every pending command must hear back: one that did not gets its own answer.
                log.error("the appender failed while handling a group of {} commands", group.size(), e);
                group.forEach(p -> p.failIfUnanswered(e));
            } finally {
                group.clear();
            }
        }
        drainInCallerThread();
    }

    private void handle(List<Pending<?, ?>> group) {
        if (group.size() == 1) {
            group.get(0).handleAlone();
            return;
        }
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>("group of " + group.size()));
        CommitProgress commit = new CommitProgress(transactions.startTransaction());
        unit.onCommit(u -> commit.commit());
        unit.onRollback(u -> commit.rollback());
        boolean allAccepted = true;
        try {
            for (Pending<?, ?> p : group) {
                if (!p.handleInGroup()) {
                    allAccepted = false;
                    break;
                }
            }
        } catch (RuntimeException e) {
            allAccepted = false;
            log.warn("a command failed outside its own unit of work; its group is handled again one by one", e);
        }
        if (!allAccepted) {
            unit.rollback();
            handleAlone(group);
            return;
        }
        try {
            unit.commit();
        } catch (RuntimeException e) {
            if (commit.sent) {
                answerUnconfirmed(group, commit, e);
                return;
            }
            // The append failed before the commit was sent (a conflicting writer, say): the database rolled the
            // group back, so its commands are tried again alone and only the cause fails.
            log.debug("a group of {} commands failed to commit; each is handled again alone", group.size(), e);
            handleAlone(group);
            return;
        }
        answerCommitted(group);
    }

    private void answerCommitted(List<Pending<?, ?>> group) {
        groups.incrementAndGet();
        grouped.addAndGet(group.size());
        group.forEach(Pending::answer);
    }

    /**
     * The commit was sent and did not come back (the connection dropped, the server restarted): the database may
     * have stored the group. Handling its commands again would refuse a creation as a concurrent change, or record an
     * update a second time; each command is answered as not confirmed instead, and the client checks the item before
     * recording it again (the store-unavailable problem says so). A commit that returned is confirmed even if a later
     * step of the unit of work failed.
     */
    private void answerUnconfirmed(List<Pending<?, ?>> group, CommitProgress commit, RuntimeException e) {
        if (commit.confirmed) {
            log.warn("a group of {} commands committed but its unit of work then failed", group.size(), e);
            answerCommitted(group);
            return;
        }
        log.warn("the commit of a group of {} commands was not confirmed; none is handled again", group.size(), e);
        unconfirmed.addAndGet(group.size());
        CommitNotConfirmed failure = new CommitNotConfirmed(e);
        group.forEach(p -> p.failIfUnanswered(failure));
    }

    private void handleAlone(List<Pending<?, ?>> group) {
        regrouped.addAndGet(group.size());
        group.forEach(Pending::handleAlone);
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::appendLoop, "ledger-appender");
        thread.setDaemon(false);
        appender = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = appender;
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        appender = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before anything it needs (the database, the event store) and started after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** Whether a group's commit was sent to the database, and whether it came back. */
    private static final class CommitProgress {
        private final Transaction transaction;
        private boolean sent;
        private boolean confirmed;

        CommitProgress(Transaction transaction) {
            this.transaction = transaction;
        }

        void commit() {
            sent = true;
            transaction.commit();
            confirmed = true;
        }

        void rollback() {
            transaction.rollback();
        }
    }

    /** A group's commit was sent and its outcome is unknown: the command may or may not be recorded. */
    public static final class CommitNotConfirmed extends TransactionException {
        CommitNotConfirmed(Throwable cause) {
            super("the database did not confirm the commit of this command's group", cause);
        }
    }

    /** A command waiting for its group, and what it is to be told once the group committed. */
    private final class Pending<C, R> {
        private final CommandMessage<C> command;
        private final CommandCallback<? super C, ? super R> callback;
        private CommandResultMessage<? extends R> result;
        private boolean answered;

        Pending(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
            this.command = command;
            this.callback = callback;
        }

        /** Handles the command in the group's unit of work; false when it was refused or failed. */
        boolean handleInGroup() {
            result = null;
            GroupCommitCommandBus.super.doDispatch(command, (CommandCallback<C, R>) (c, r) -> result = r);
            return result != null && !result.isExceptional();
        }

        void answer() {
            answered = true;
            callback.onResult(command, result);
        }

        void handleAlone() {
            answered = true;
            GroupCommitCommandBus.super.doDispatch(command, callback);
        }

        void failIfUnanswered(Throwable cause) {
            if (!answered) {
                answered = true;
                Exception failure = cause instanceof Exception ex ? ex : new IllegalStateException(cause);
                callback.onResult(command, GenericCommandResultMessage.asCommandResultMessage(failure));
            }
        }
    }
}

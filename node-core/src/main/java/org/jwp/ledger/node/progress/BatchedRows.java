package org.jwp.ledger.node.progress;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows a projection writes while its processor handles one batch of events, written together when that batch's
 * unit of work prepares to commit (one JDBC batch instead of a statement per event) — in the batch's transaction, so
 * a failure rolls the rows back with the token and the batch is handled again. Outside a unit of work (a plain unit
 * test) each row is written at once.
 */
final class BatchedRows<T> {

    private final String name;
    private final Consumer<List<T>> write;

    BatchedRows(String name, Consumer<List<T>> write) {
        this.name = name;
        this.write = write;
    }

    void add(T row) {
        if (!CurrentUnitOfWork.isStarted()) {
            write.accept(List.of(row));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<T> rows = root.getOrComputeResource(name, key -> {
            List<T> pending = new ArrayList<>();
            root.onPrepareCommit(u -> write.accept(pending));
            return pending;
        });
        rows.add(row);
    }
}

package org.jwp.ledger.node.lifecycle.broken;

import java.sql.Connection;
import java.sql.SQLException;

/** Deliberately broken, for NodeArchitectureTest only: a "lifecycle" that reads the database. */
public class ImpureRule {

    public boolean open(Connection c) throws SQLException {
        return !c.isClosed();
    }
}

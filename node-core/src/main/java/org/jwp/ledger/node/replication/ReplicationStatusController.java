package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.duties.Duties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ReplicationStatusController {

    /** Which instance of this node holds which duty, as the database says, and which instance answered. */
    record DutiesStatus(String thisInstance, List<Duties.Claim> claims) {
    }

    private final Replication replication;
    private final Duties duties;

    ReplicationStatusController(Replication replication, Duties duties) {
        this.replication = replication;
        this.duties = duties;
    }

    @GetMapping("/api/replication/status")
    List<PeerStatus> status() {
        return replication.status();
    }

    @GetMapping("/api/replication/duties")
    DutiesStatus duties() {
        return new DutiesStatus(duties.instance(), duties.claims());
    }
}

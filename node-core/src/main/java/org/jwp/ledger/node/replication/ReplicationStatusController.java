package org.jwp.ledger.node.replication;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ReplicationStatusController {

    private final Replication replication;

    ReplicationStatusController(Replication replication) {
        this.replication = replication;
    }

    @GetMapping("/api/replication/status")
    List<PeerStatus> status() {
        return replication.status();
    }
}

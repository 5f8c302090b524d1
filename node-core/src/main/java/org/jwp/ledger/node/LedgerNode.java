package org.jwp.ledger.node;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Everything a secretariat's node runs. The cites-node and cms-node applications start from here with their own
 * identity; node-core itself is never packaged alone.
 */
@SpringBootApplication
public class LedgerNode {
}

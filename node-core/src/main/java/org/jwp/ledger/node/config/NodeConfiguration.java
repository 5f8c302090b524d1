package org.jwp.ledger.node.config;

import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.peers.PeerSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({NodeIdentity.class, PeerSettings.class})
class NodeConfiguration {
}

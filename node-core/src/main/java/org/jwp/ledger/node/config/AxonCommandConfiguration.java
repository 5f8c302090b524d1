package org.jwp.ledger.node.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.jwp.ledger.node.ledger.GroupCommitCommandBus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command bus: Axon's own, with this node's commands appended in groups by one appender
 * ({@link GroupCommitCommandBus}); configured as Axon's Spring Boot auto-configuration configures its default.
 */
@Configuration(proxyBeanMethods = false)
class AxonCommandConfiguration {

    @Bean
    @Qualifier("localSegment")
    GroupCommitCommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
                                     DuplicateCommandHandlerResolver duplicates,
                                     @Value("${ledger.appender.max-group:64}") int maxGroup) {
        GroupCommitCommandBus bus = new GroupCommitCommandBus(SimpleCommandBus.builder()
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus")), transactions, maxGroup);
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }

    /** How well grouping works under the load of the moment: commands per group = commands ÷ groups. */
    @Bean
    MeterBinder appenderMetrics(GroupCommitCommandBus bus) {
        return registry -> {
            FunctionCounter.builder("ledger.appender.groups", bus, b -> b.counts()[0])
                    .description("groups of commands committed together").register(registry);
            FunctionCounter.builder("ledger.appender.grouped.commands", bus, b -> b.counts()[1])
                    .description("commands committed in those groups").register(registry);
            FunctionCounter.builder("ledger.appender.retried.commands", bus, b -> b.counts()[2])
                    .description("commands handled again alone after their group was refused").register(registry);
            FunctionCounter.builder("ledger.appender.unconfirmed.commands", bus, b -> b.counts()[3])
                    .description("commands answered 503 because their group's commit did not come back")
                    .register(registry);
        };
    }
}

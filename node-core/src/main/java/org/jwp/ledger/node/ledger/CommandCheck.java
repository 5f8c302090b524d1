package org.jwp.ledger.node.ledger;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.InitializingBean;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A rule every command meets before it reaches an aggregate, however it was sent: registered on the command bus
 * itself, so no path to an aggregate passes it by. A refusal is an exception, and nothing is recorded.
 */
abstract class CommandCheck implements MessageDispatchInterceptor<CommandMessage<?>>, InitializingBean {

    private final CommandBus commandBus;

    CommandCheck(CommandBus commandBus) {
        this.commandBus = commandBus;
    }

    /** Throws if the command may not go on. */
    abstract void check(CommandMessage<?> command);

    @Override
    public void afterPropertiesSet() {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            check(command);
            return command;
        };
    }
}

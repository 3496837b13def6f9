package id.kinerja.command.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * {@code kinerja.commands} (timer): every command handled, tagged by command (simple class name), outcome
 * ({@code committed} when its events were stored, {@code rolled-back} otherwise) and the exception that rolled
 * it back ({@code RuleViolation} for a refused command), so refusals, conflicts and failures are told apart.
 * Measured from handling to commit, the events' append included.
 */
@Component
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    /** Axon's Spring autoconfiguration registers every command handler interceptor bean on the command bus. */
    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(registry);
        unitOfWork.afterCommit(u -> stop(sample, command, "committed", "none"));
        unitOfWork.onRollback(u -> stop(sample, command, "rolled-back", Optional.ofNullable(u.getExecutionResult())
                .filter(ExecutionResult::isExceptionResult)
                .map(result -> result.getExceptionResult().getClass().getSimpleName())
                .orElse("unknown")));
        return interceptorChain.proceed();
    }

    private void stop(Timer.Sample sample, String command, String outcome, String exception) {
        sample.stop(Timer.builder("kinerja.commands")
                .description("Commands handled, by outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .tag("exception", exception)
                .register(registry));
    }
}

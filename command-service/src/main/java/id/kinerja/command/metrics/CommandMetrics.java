package id.kinerja.command.metrics;

import id.kinerja.web.Masalah;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * {@code kinerja.commands.refused} (counter): commands rolled back, by command (simple class name) and the rule
 * that refused them — a business rule ({@code pk-signed}), {@code concurrent-change}, or {@code error} — which
 * tells a user's mistake from a conflict and a fault. Latency and success/failure counts per command come from
 * axon-micrometer ({@code commandBus.*} meters tagged by {@code payloadType}); only the reason is added here.
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
        unitOfWork.onRollback(u -> registry.counter("kinerja.commands.refused", "command", command,
                "rule", rule(u.getExecutionResult())).increment());
        return interceptorChain.proceed();
    }

    private static String rule(ExecutionResult result) {
        Throwable failure = result == null || !result.isExceptionResult() ? null : result.getExceptionResult();
        return failure instanceof Masalah masalah ? masalah.rule()
                : failure instanceof ConcurrencyException ? "concurrent-change" : "error";
    }
}

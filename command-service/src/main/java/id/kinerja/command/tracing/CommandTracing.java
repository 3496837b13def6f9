package id.kinerja.command.tracing;

import id.kinerja.command.eventstore.EventStoreConfiguration;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two spans of every command, inside the request's: {@code command <Name>} from handling to commit (loading the
 * aggregate, its decision), and within it {@code event store append} from the unit of work's prepare commit — where
 * Axon appends the staged events — to the database commit. Tagged with the tenant and the acting user. The events
 * the handler applies carry this trace in their metadata ({@link TraceContextInEvents}), which is how the Kafka
 * publisher, in another thread and maybe another instance, continues it. One log line per command says how it
 * ended, with the request's trace, user and tenant in its context (JSON in the images).
 */
@Component
class CommandTracing implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(CommandTracing.class);

    private final Tracer tracer;

    /** Axon's Spring autoconfiguration registers every command handler interceptor bean on the command bus. */
    CommandTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        CommandMessage<?> message = unitOfWork.getMessage();
        String name = message.getPayloadType().getSimpleName();
        Span command = tracer.nextSpan().name("command " + name);
        tagged(command, message).start();
        unitOfWork.onPrepareCommit(prepared -> {
            Span append = tracer.nextSpan(command).name("event store append").start();
            prepared.afterCommit(committed -> append.end());
            prepared.onRollback(rolledBack -> end(append, rolledBack));
        });
        unitOfWork.afterCommit(committed -> {
            command.end();
            log.info("{} committed", name);
        });
        unitOfWork.onRollback(rolledBack -> {
            end(command, rolledBack);
            log.info("{} rolled back: {}", name, cause(rolledBack));
        });
        try (Tracer.SpanInScope scope = tracer.withSpan(command)) {
            return interceptorChain.proceed();
        }
    }

    private static Span tagged(Span span, CommandMessage<?> message) {
        Object tenant = message.getMetaData().get(EventStoreConfiguration.TENANT);
        Object actor = message.getMetaData().get(EventStoreConfiguration.ACTOR);
        if (tenant != null) {
            span.tag("kinerja.tenant", tenant.toString());
        }
        if (actor != null) {
            span.tag("kinerja.user", actor.toString());
        }
        return span;
    }

    private static void end(Span span, UnitOfWork<?> rolledBack) {
        ExecutionResult result = rolledBack.getExecutionResult();
        if (result != null && result.isExceptionResult()) {
            span.error(result.getExceptionResult());
        }
        span.end();
    }

    private static String cause(UnitOfWork<?> rolledBack) {
        ExecutionResult result = rolledBack.getExecutionResult();
        return result != null && result.isExceptionResult()
                ? result.getExceptionResult().getClass().getSimpleName() : "unknown";
    }
}

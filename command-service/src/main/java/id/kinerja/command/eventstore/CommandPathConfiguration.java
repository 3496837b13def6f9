package id.kinerja.command.eventstore;

import id.kinerja.command.pk.PerjanjianKinerja;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * How a command gets from the gateway to the event store quickly, measured with the province load (infra/load,
 * docs/scale.md):
 * <ul>
 *   <li>the Perjanjian Kinerja — the aggregate nearly every command goes to, thousands of events a year — is kept in
 *   memory between commands ({@link VerifiedCachingRepository}); replaying it for every command took half of
 *   command-service's CPU;</li>
 *   <li>snapshots are taken on a thread of their own after the command's transaction, not in the request;</li>
 *   <li>an append that lost the race for the aggregate's next sequence number to another command (on another
 *   instance, or past a stale cache) is retried from fresh state a few times before it becomes a 409.</li>
 * </ul>
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class CommandPathConfiguration {

    @Bean
    public Repository<PerjanjianKinerja> perjanjianKinerjaRepository(
            EventStore eventStore, SnapshotTriggerDefinition perjanjianKinerjaSnapshotTrigger,
            ParameterResolverFactory parameterResolverFactory, HandlerDefinition handlerDefinition,
            RepositorySpanFactory spanFactory, JdbcTemplate jdbc,
            @Value("${kinerja.aggregate-cache.size:512}") long cacheSize) {
        return new VerifiedCachingRepository<>(EventSourcingRepository.builder(PerjanjianKinerja.class)
                .eventStore(eventStore)
                .snapshotTriggerDefinition(perjanjianKinerjaSnapshotTrigger)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory), new CaffeineAggregateCache(cacheSize), jdbc);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kinerja-snapshotter");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Axon's snapshotter as Spring Boot makes it, but taking snapshots on {@link #snapshotExecutor()}. */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore, TransactionManager transactionManager,
                                                           SnapshotterSpanFactory spanFactory,
                                                           ExecutorService snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotExecutor)
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kinerja-command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The gateway the REST API sends through: a command whose append lost the race for its aggregate's next
     * sequence number is sent again after 20 ms, up to 5 times; every other failure (a broken rule above all) is
     * answered at once.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrentAppendRetries(IntervalRetryScheduler.builder()
                        .retryExecutor(commandRetryExecutor)
                        .retryInterval(20)
                        .maxRetryCount(5)))
                .build();
    }
}

package id.kinerja.command.impor;

import id.kinerja.api.pk.AmendPerjanjianKinerja;
import id.kinerja.api.pk.SignPerjanjianKinerja;
import id.kinerja.command.akses.Wewenang;
import id.kinerja.command.eventstore.EventStoreConfiguration;
import id.kinerja.command.shared.InvalidInput;
import id.kinerja.command.shared.NilaiMasukan;
import id.kinerja.command.shared.RuleViolation;
import id.kinerja.security.AksesDitolak;
import id.kinerja.security.Pengguna;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies an import file's commands through the command bus, so every rule applies, inside one unit of work
 * and one database transaction: each command sees what the earlier ones decided, and the events are stored
 * together when the last command has been accepted. One refusal rolls everything back — nothing of a rejected
 * file is stored. Every line is authorized for the importing user like the command sent alone. A dry run goes
 * through every rule the same way and then rolls back, so a user can check a
 * file before it counts.
 */
@Component
public class Importer {

    private final CommandBus commandBus;
    private final TransactionManager transactionManager;
    private final ExistingRegistrations existing;
    private final Wewenang wewenang;

    Importer(CommandBus commandBus, TransactionManager transactionManager, ExistingRegistrations existing,
             Wewenang wewenang) {
        this.commandBus = commandBus;
        this.transactionManager = transactionManager;
        this.existing = existing;
        this.wewenang = wewenang;
    }

    public ImportReport importFile(ImportTree file, Pengguna user, boolean dryRun) {
        String actor = user.nama();
        ImportPlan plan = ImportPlan.read(file);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(
                new GenericMessage<>("import " + plan.pk(), MetaData.with(EventStoreConfiguration.ACTOR, actor)));
        unitOfWork.attachTransaction(transactionManager);
        int applied = 0;
        int reused = 0;
        List<ImportReport.Milestone> milestones = new ArrayList<>();
        try {
            for (ImportStep step : plan.steps()) {
                if (step.onlyIfMissing() && existing.contains(step.command())) {
                    reused++;
                    continue;
                }
                authorize(step, user);
                checkValues(step);
                dispatch(step, actor);
                applied++;
                if (step.command() instanceof SignPerjanjianKinerja || step.command() instanceof AmendPerjanjianKinerja) {
                    milestones.add(new ImportReport.Milestone(step.path(), nextMillisecond()));
                }
            }
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        if (dryRun) {
            unitOfWork.rollback();
        } else {
            unitOfWork.commit();
        }
        return new ImportReport(plan.pk().toString(), dryRun, applied, reused, dryRun ? List.of() : milestones,
                plan.nomenklatur());
    }

    /**
     * The event store keeps recorded times to the millisecond. A milestone is the millisecond of the events just
     * applied, and the next command waits for the next millisecond, so {@code asOf = milestone} shows the PK as
     * signed (or amended) and nothing recorded after it.
     */
    private static Instant nextMillisecond() {
        Instant milestone = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(milestone)) {
            Thread.onSpinWait();
        }
        return milestone;
    }

    /** Each line is authorized as the same command sent alone would be. */
    private void authorize(ImportStep step, Pengguna user) {
        try {
            wewenang.periksa(user, step.tenant(), step.command());
        } catch (AksesDitolak refused) {
            throw new ImportRejected(step.line(), step.path(), "forbidden", null, refused.getMessage());
        }
    }

    /** Every value of a line is acceptable input at all, as for the same command sent over HTTP. */
    private static void checkValues(ImportStep step) {
        try {
            NilaiMasukan.check(step.command());
        } catch (InvalidInput invalid) {
            throw ImportRejected.invalidInput(step.line(), step.path(), invalid);
        }
    }

    private void dispatch(ImportStep step, String actor) {
        CommandMessage<Object> command = GenericCommandMessage.asCommandMessage(step.command())
                .withMetaData(MetaData.with(EventStoreConfiguration.ACTOR, actor)
                        .and(EventStoreConfiguration.TENANT, step.tenant().code()));
        FutureCallback<Object, Object> result = new FutureCallback<>();
        commandBus.dispatch(command, result);
        CommandResultMessage<?> outcome = result.getResult();
        if (outcome.isExceptional()) {
            throw rejection(step, outcome.exceptionResult());
        }
    }

    private static RuntimeException rejection(ImportStep step, Throwable cause) {
        if (cause instanceof RuleViolation violation) { // AlreadyExists included
            return new ImportRejected(step.line(), step.path(), violation.rule(), violation.field(), violation.getMessage());
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return new ImportRejected(step.line(), step.path(), "not-found", null,
                    "'" + notFound.getAggregateIdentifier() + "' tidak ditemukan");
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}

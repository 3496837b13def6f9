package id.kinerja.command.web;

import id.kinerja.api.common.TenantId;
import id.kinerja.command.eventstore.EventStoreConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import id.kinerja.command.akses.Wewenang;
import id.kinerja.command.shared.NilaiMasukan;
import id.kinerja.security.Pengguna;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the request's acting user and tenant, if the user may send it there, and waits for
 * the decision.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ActingUser actingUser;
    private final Wewenang wewenang;

    Commands(CommandGateway gateway, ActingUser actingUser, Wewenang wewenang) {
        this.gateway = gateway;
        this.actingUser = actingUser;
        this.wewenang = wewenang;
    }

    public void send(HttpServletRequest request, TenantId tenant, Object command) {
        ask(request, tenant, command);
    }

    /** Sends the command like {@link #send} and returns what its handler answered. */
    public <R> R ask(HttpServletRequest request, TenantId tenant, Object command) {
        Pengguna user = actingUser.of(request);
        wewenang.periksa(user, tenant, command);
        NilaiMasukan.check(command);
        MetaData metaData = MetaData.with(EventStoreConfiguration.ACTOR, user.nama())
                .and(EventStoreConfiguration.TENANT, tenant.code());
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
    }
}

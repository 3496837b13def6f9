package id.kinerja.command.web;

import id.kinerja.api.common.TenantId;
import id.kinerja.command.eventstore.EventStoreConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of the request's acting user and tenant, and waits for the decision. */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ActingUser actingUser;

    Commands(CommandGateway gateway, ActingUser actingUser) {
        this.gateway = gateway;
        this.actingUser = actingUser;
    }

    public void send(HttpServletRequest request, TenantId tenant, Object command) {
        MetaData metaData = MetaData.with(EventStoreConfiguration.ACTOR, actingUser.of(request))
                .and(EventStoreConfiguration.TENANT, tenant.code());
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
    }
}

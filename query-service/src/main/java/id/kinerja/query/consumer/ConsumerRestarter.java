package id.kinerja.query.consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.event.ConsumerStoppedEvent;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Self-healing: the live consumer stopped for any reason but a requested stop (an Error in a projection, a fatal
 * client failure) is started again after {@value #DELAY_SECONDS} s, counted in health and metrics. The batch it was
 * applying was rolled back, so it is read again from the stored offsets.
 */
@Component
class ConsumerRestarter implements DisposableBean {

    static final long DELAY_SECONDS = 5;
    private static final Logger log = LoggerFactory.getLogger(ConsumerRestarter.class);

    private final KafkaMessageListenerContainer<String, String> container;
    private final ConsumerState state;
    private final ProjectionMetrics metrics;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kinerja-consumer-restart");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    ConsumerRestarter(KafkaMessageListenerContainer<String, String> liveEventContainer, ConsumerState state,
                      ProjectionMetrics metrics) {
        this.container = liveEventContainer;
        this.state = state;
        this.metrics = metrics;
    }

    @EventListener
    void stopped(ConsumerStoppedEvent event) {
        if (event.getReason() == ConsumerStoppedEvent.Reason.NORMAL || closing) {
            return;
        }
        log.error("live consumer stopped ({}); starting it again in {} s", event.getReason(), DELAY_SECONDS);
        scheduler.schedule(this::restart, DELAY_SECONDS, TimeUnit.SECONDS);
    }

    private void restart() {
        if (!closing && !container.isRunning()) {
            container.start();
            state.restarted();
            metrics.restarted();
            log.info("live consumer started again");
        }
    }

    @Override
    public void destroy() {
        closing = true;
        scheduler.shutdownNow();
    }
}

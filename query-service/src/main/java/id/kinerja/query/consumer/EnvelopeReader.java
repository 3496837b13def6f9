package id.kinerja.query.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.EventJson;

import java.util.Optional;

/**
 * Reads the wire contract: an {@link EventEnvelope} in {@link EventJson} form whose payload is an api record.
 * Only classes under {@code id.kinerja.api.} are ever instantiated, so a forged payloadType cannot make Jackson
 * build an arbitrary class.
 */
public final class EnvelopeReader {

    private static final String API_PACKAGE = "id.kinerja.api.";
    private static final ObjectMapper MAPPER = EventJson.mapper();

    private EnvelopeReader() {
    }

    public static EventEnvelope envelope(String json) {
        EventEnvelope envelope;
        try {
            envelope = MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent("not an EventEnvelope: " + e.getMessage(), e);
        }
        if (envelope == null || !plain(envelope.eventId()) || envelope.recordedAt() == null
                || (envelope.tenant() != null && !plain(envelope.tenant()))) {
            throw new UnreadableEvent("envelope without a plain event id, tenant or recorded time", null);
        }
        return envelope;
    }

    /** An identifier the read models can store: short, printable, no control characters. */
    private static boolean plain(String value) {
        return value != null && !value.isBlank() && value.length() <= 255
                && value.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** The payload as its api record; empty for an api class this build does not know (a newer event). */
    public static Optional<Object> payload(EventEnvelope envelope) {
        String type = envelope.payloadType();
        if (type == null || !type.startsWith(API_PACKAGE)) {
            throw new UnreadableEvent("payloadType " + type + " is not an api event", null);
        }
        Class<?> payloadClass;
        try {
            payloadClass = Class.forName(type, false, EnvelopeReader.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.treeToValue(envelope.payload(), payloadClass));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent("payload of " + envelope.eventId() + " is not a " + type, e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** An event that can never be applied, however often it is retried. */
    public static class UnreadableEvent extends RuntimeException {
        UnreadableEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

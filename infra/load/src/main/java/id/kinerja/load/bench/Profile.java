package id.kinerja.load.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a service's CPU went, from its Java Flight Recorder recording ({@code --profile}): the
 * {@code jdk.ExecutionSample}s taken between two moments (a benchmark stage), by thread, by the operation served
 * ({@link #PURPOSES}) and the code running ({@link #ACTIVITIES}) — each the first recognised frame walking from the
 * leaf towards the root, so JDBC inside an append counts as JDBC and as the append — and by the methods on top of the
 * stack and anywhere on it. The evidence {@code jfr print --events jdk.ExecutionSample} shows, summed.
 */
public final class Profile {

    /** Which code a sampled stack was running, recognised by a frame; the nearest to the leaf wins. */
    static final Map<String, Pattern> ACTIVITIES = activities(
            "JSON (request and response bodies, event payloads)", "com\\.fasterxml\\.jackson",
            "JDBC and PostgreSQL driver", "org\\.postgresql\\.|com\\.zaxxer\\.hikari",
            "Kafka client", "org\\.apache\\.kafka",
            "PDF and spreadsheet libraries", "com\\.openhtmltopdf|org\\.apache\\.(pdfbox|fontbox|poi|xmlbeans)",
            "token verification (JWT)", "nimbusds|JwtDecoder|JwtAuthenticationProvider",
            "Axon Framework", "org\\.axonframework",
            "Spring Security filters", "org\\.springframework\\.security",
            "Spring MVC, Tomcat, HTTP", "org\\.springframework\\.web|org\\.apache\\.(catalina|coyote|tomcat)",
            "metrics and observation", "micrometer|io\\.micrometer",
            "logging", "ch\\.qos\\.logback|org\\.slf4j",
            "Kinerja code", "id\\.kinerja\\.");

    /** Why: the operation a sampled stack served, recognised by a frame; the nearest to the leaf wins. */
    static final Map<String, Pattern> PURPOSES = activities(
            "verifying the bearer token", "JwtAuthenticationProvider|NimbusJwtDecoder",
            "reading the request body", "readWithMessageConverters",
            "writing the response", "writeWithMessageConverters|ApiProblems",
            "loading the aggregate (cache check, events, snapshot)", "Repository\\.doLoad|readEvents|initializeState",
            "snapshots", "Snapshotter",
            "appending events (the event store insert)", "appendEvents|storeSnapshot",
            "committing the transaction", "commitTransaction|\\.commit$|doCommit",
            "handling the command (rules, apply)", "AnnotatedAggregate\\.handle|AggregateAnnotationCommandHandler",
            "publishing to Kafka", "KafkaEventPublisher|TrackingEventProcessor|KafkaProducer|Sender\\.run",
            "applying events to read models (live or replay)", "id\\.kinerja\\.query\\.(consumer|replay)\\.",
            "answering reads", "id\\.kinerja\\.query\\..*Controller\\.",
            "rendering documents", "id\\.kinerja\\.reporting",
            "HTTP and Spring MVC around it", "DispatcherServlet|FilterChainProxy|Http11Processor",
            "Axon's event processors and unit of work", "org\\.axonframework");

    /**
     * The frames counted inclusively: the platform's own and Axon's — the servlet container's and the JDK's wrap every
     * request and say nothing there.
     */
    private static final Pattern OWN = Pattern.compile("^(id\\.kinerja|org\\.axonframework)\\.");

    private final Map<String, Integer> threads = new HashMap<>();
    private final Map<String, Integer> activities = new HashMap<>();
    private final Map<String, Integer> purposes = new HashMap<>();
    private final Map<String, Integer> leaves = new HashMap<>();
    private final Map<String, Integer> inclusive = new HashMap<>();
    private int samples;

    /** Every execution sample of {@code recording} taken in [{@code from}, {@code to}). */
    public static Profile of(Path recording, Instant from, Instant to) throws IOException {
        Profile profile = new Profile();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample")
                        && !event.getStartTime().isBefore(from) && event.getStartTime().isBefore(to)
                        && event.getStackTrace() != null) {
                    profile.add(event.getThread("sampledThread") == null ? "?"
                            : event.getThread("sampledThread").getJavaName(), event.getStackTrace());
                }
            }
        }
        return profile;
    }

    private void add(String thread, RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "#"), 1, Integer::sum);
        leaves.merge(method(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        String activity = null;
        String purpose = null;
        for (RecordedFrame frame : frames) {
            String method = method(frame);
            if (OWN.matcher(method).find() && seen.add(method)) {
                inclusive.merge(method, 1, Integer::sum);
            }
            activity = activity != null ? activity : match(ACTIVITIES, method);
            purpose = purpose != null ? purpose : match(PURPOSES, method);
        }
        activities.merge(activity == null ? "JDK and other" : activity, 1, Integer::sum);
        purposes.merge(purpose == null ? "other" : purpose, 1, Integer::sum);
    }

    public int samples() {
        return samples;
    }

    /** A markdown section: samples, then the shares by thread, by activity, on top of the stack, and inclusive. */
    public String markdown(String title, int top) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "#### %s: %,d execution samples%n%n",
                title, samples));
        if (samples == 0) {
            return md.toString();
        }
        table(md, "thread (numbers folded)", threads, 6);
        table(md, "operation served (nearest recognised frame to the leaf)", purposes, PURPOSES.size() + 1);
        table(md, "code running (library of the nearest recognised frame)", activities, ACTIVITIES.size() + 1);
        table(md, "method on top of the stack (self)", leaves, top);
        table(md, "Kinerja or Axon method anywhere on the stack (inclusive)", inclusive, top);
        return md.toString();
    }

    private void table(StringBuilder md, String heading, Map<String, Integer> counts, int top) {
        md.append("| ").append(heading).append(" | share |\n|---|---|\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %.1f %% |%n", e.getKey(),
                        100.0 * e.getValue() / samples)));
        md.append('\n');
    }

    private static String match(Map<String, Pattern> kinds, String method) {
        return kinds.entrySet().stream().filter(k -> k.getValue().matcher(method).find()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static Map<String, Pattern> activities(String... pairs) {
        Map<String, Pattern> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], Pattern.compile(pairs[i + 1]));
        }
        return map;
    }
}

package id.kinerja.deployment;

import id.kinerja.api.EventEnvelope;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * infra/kubernetes holds together: every file is in the kustomization and loads as Kubernetes objects; every pod is
 * probed, sized and non-root; every secret a pod reads exists with that key, and no password is written in a pod;
 * the services reach the database through CloudNativePG's read-write service, each with the role the cluster
 * creates for it, and Kafka through Strimzi's bootstrap service, whose events topic has the documented settings.
 */
class KubernetesManifestsTest {

    private static final Set<String> SERVICES = Set.of("command-service", "query-service", "reporting-service");
    /** Everything Kinerja runs: the services and the portal, each probed by Spring Boot's health groups. */
    private static final Set<String> APPLICATIONS = Set.of("command-service", "query-service", "reporting-service",
            "portal");
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):5432/(\\w+)");
    private final Manifests manifests = new Manifests();

    @Test
    void every_manifest_file_is_in_the_kustomization_and_loads() throws IOException {
        try (var files = Files.list(Manifests.DIRECTORY)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(manifests.resourceFiles());
        }
        assertThat(manifests.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("command-service", "query-service", "reporting-service", "portal",
                        "keycloak");
        assertThat(manifests.all(Service.class)).hasSize(5);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> images = (List<Map<String, String>>) manifests.kustomization().get("images");
        assertThat(images).extracting(image -> image.get("name")).containsExactlyInAnyOrderElementsOf(
                manifests.all(Deployment.class).stream().map(d -> container(d).getImage()).toList());
    }

    @Test
    void every_pod_is_probed_sized_and_runs_as_no_root() {
        for (Deployment deployment : manifests.all(Deployment.class)) {
            Container container = container(deployment);
            String name = deployment.getMetadata().getName();
            Set<String> ports = container.getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
            for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(),
                    container.getReadinessProbe())) {
                assertThat(probe).as(name + " probes").isNotNull();
                assertThat(ports).as(name).contains(probe.getHttpGet().getPort().getStrVal());
            }
            if (APPLICATIONS.contains(name)) {
                assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
                assertThat(container.getReadinessProbe().getHttpGet().getPath())
                        .isEqualTo("/actuator/health/readiness");
            }
            assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot())
                    .as(name).isTrue();
        }
    }

    @Test
    void every_secret_read_exists_and_no_password_is_written_in_a_pod() {
        Map<String, Set<String>> secrets = manifests.all(Secret.class).stream().collect(Collectors.toMap(
                secret -> secret.getMetadata().getName(), secret -> secret.getStringData().keySet()));
        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (EnvVar variable : container(deployment).getEnv()) {
                if (variable.getValueFrom() != null) {
                    var reference = variable.getValueFrom().getSecretKeyRef();
                    assertThat(secrets).as(variable.getName()).containsKey(reference.getName());
                    assertThat(secrets.get(reference.getName())).as(variable.getName()).contains(reference.getKey());
                } else {
                    assertThat(variable.getName()).doesNotContain("PASSWORD");
                }
            }
        }
        for (String service : SERVICES) {
            Map<String, EnvVar> env = env(manifests.named(Deployment.class, service));
            assertThat(env.get("KINERJA_SECURITY_ISSUER").getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo("kinerja-issuer");
            assertThat(env.get("KINERJA_SECURITY_JWK_SET_URI").getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo("kinerja-issuer");
        }
    }

    @Test
    void each_service_reaches_its_database_with_the_role_the_cluster_creates_for_it() {
        GenericKubernetesResource cluster = manifests.custom("Cluster", "kinerja-db");
        Map<String, Object> initdb = cluster.get("spec", "bootstrap", "initdb");
        List<Map<String, Object>> managed = cluster.get("spec", "managed", "roles");
        // role name → the secret holding its password, as the operator reads it
        Map<String, String> roles = managed.stream().collect(Collectors.toMap(role -> (String) role.get("name"),
                role -> ((Map<?, ?>) role.get("passwordSecret")).get("name").toString()));
        roles.put((String) initdb.get("owner"), ((Map<?, ?>) initdb.get("secret")).get("name").toString());
        @SuppressWarnings("unchecked")
        String postInit = String.join("\n", (List<String>) initdb.get("postInitSQL"));
        Map<String, String> owners = new HashMap<>(Map.of((String) initdb.get("database"),
                (String) initdb.get("owner")));
        Matcher created = Pattern.compile("CREATE DATABASE (\\w+) OWNER (\\w+)").matcher(postInit);
        while (created.find()) {
            owners.put(created.group(1), created.group(2));
        }
        Map<String, String> databaseOf = Map.of("command-service", "kinerja_events", "query-service", "kinerja_query",
                "reporting-service", "kinerja_events", "keycloak", "keycloak");
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            if (!databaseOf.containsKey(name)) {
                assertThat(env(deployment).values()).as(name + " holds no database")
                        .noneMatch(v -> v.getValue() != null && v.getValue().startsWith("jdbc:"));
                continue;
            }
            Map<String, EnvVar> env = env(deployment);
            String prefix = name.equals("keycloak") ? "KC_DB" : name.equals("reporting-service")
                    ? "KINERJA_EVENTSTORE" : "SPRING_DATASOURCE";
            Matcher url = JDBC.matcher(env.get(prefix + "_URL").getValue());
            assertThat(url.matches()).as(name).isTrue();
            assertThat(url.group(1)).isEqualTo(cluster.getMetadata().getName() + "-rw");
            assertThat(url.group(2)).isEqualTo(databaseOf.get(name));
            String secret = env.get(prefix + "_USERNAME").getValueFrom().getSecretKeyRef().getName();
            assertThat(env.get(prefix + "_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo(secret);
            String role = manifests.named(Secret.class, secret).getStringData().get("username");
            assertThat(roles).as(name + " connects as " + role).containsEntry(role, secret);
            if (!name.equals("reporting-service")) {
                assertThat(owners).as(name).containsEntry(databaseOf.get(name), role);
            }
        }
        assertThat(postInit).contains("GRANT kinerja_baca TO kinerja_query WITH ADMIN OPTION");
    }

    @Test
    void kafka_keeps_the_events_topic_as_documented() {
        GenericKubernetesResource kafka = manifests.custom("Kafka", "kinerja");
        Map<String, Object> config = kafka.get("spec", "kafka", "config");
        assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3)
                .containsEntry("auto.create.topics.enable", false);
        GenericKubernetesResource nodes = manifests.custom("KafkaNodePool", "dual-role");
        assertThat(nodes.<Integer>get("spec", "replicas")).isEqualTo(3);
        assertThat(nodes.<List<String>>get("spec", "roles")).containsExactlyInAnyOrder("controller", "broker");
        GenericKubernetesResource topic = manifests.custom("KafkaTopic", "kinerja-events");
        assertThat(topic.<String>get("spec", "topicName")).isEqualTo(EventEnvelope.TOPIC);
        assertThat(topic.<Integer>get("spec", "replicas")).isEqualTo(3);
        assertThat(topic.<Map<String, Object>>get("spec", "config")).containsEntry("min.insync.replicas", 2)
                .containsEntry("retention.ms", -1).containsEntry("cleanup.policy", "delete");
        String bootstrap = kafka.getMetadata().getName() + "-kafka-bootstrap:9092";
        for (String service : List.of("command-service", "query-service")) {
            assertThat(env(manifests.named(Deployment.class, service)).get("KINERJA_KAFKA_BOOTSTRAP_SERVERS")
                    .getValue()).isEqualTo(bootstrap);
        }
    }

    @Test
    void every_service_selects_its_pods_and_targets_a_named_port() {
        for (Service service : manifests.all(Service.class)) {
            Deployment deployment = manifests.named(Deployment.class, service.getMetadata().getName());
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(service.getSpec().getSelector());
            Set<String> ports = container(deployment).getPorts().stream().map(ContainerPort::getName)
                    .collect(Collectors.toSet());
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(ports).contains(port.getTargetPort().getStrVal());
            }
        }
        assertThat(env(manifests.named(Deployment.class, "reporting-service")).get("KINERJA_QUERY_URL").getValue())
                .isEqualTo("http://query-service:" + manifests.named(Service.class, "query-service").getSpec()
                        .getPorts().get(0).getPort());
        Map<String, EnvVar> portal = env(manifests.named(Deployment.class, "portal"));
        for (String service : SERVICES) {
            String variable = "KINERJA_" + service.replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_URL";
            assertThat(portal.get(variable).getValue()).as(variable).isEqualTo("http://" + service + ":"
                    + manifests.named(Service.class, service).getSpec().getPorts().get(0).getPort());
        }
    }

    @Test
    void the_portal_signs_in_at_the_realm_every_service_trusts_and_documents_point_readers_to_it() {
        Map<String, EnvVar> portal = env(manifests.named(Deployment.class, "portal"));
        assertThat(portal.get("KINERJA_SECURITY_ISSUER").getValueFrom().getSecretKeyRef().getName())
                .isEqualTo("kinerja-issuer");
        assertThat(portal.get("KINERJA_PORTAL_CLIENT_SECRET").getValueFrom().getSecretKeyRef().getName())
                .isEqualTo("kinerja-portal-client");
        assertThat(portal.get("KINERJA_SECURITY_ISSUER_INTERN").getValue())
                .startsWith("http://keycloak:" + manifests.named(Service.class, "keycloak").getSpec().getPorts().get(0)
                        .getPort() + "/realms/");
        assertThat(env(manifests.named(Deployment.class, "reporting-service")).get("KINERJA_VERIFIKASI_URL")
                .getValue()).as("a QR code opens the portal's public page").endsWith("/periksa-dokumen")
                .startsWith("https://");
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Map<String, EnvVar> env(Deployment deployment) {
        return container(deployment).getEnv().stream().collect(Collectors.toMap(EnvVar::getName, v -> v));
    }
}

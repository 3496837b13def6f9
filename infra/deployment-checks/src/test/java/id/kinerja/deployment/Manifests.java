package id.kinerja.deployment;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The manifests of infra/kubernetes as the API server would read them: each document into Kubernetes' own object
 * model (fabric8), built-in kinds typed — a misspelt field of a Deployment or Service fails to load — and the
 * operators' kinds (CloudNativePG, Strimzi, Prometheus Operator) as generic resources.
 */
final class Manifests {

    static final Path DIRECTORY = Path.of(System.getProperty("kinerja.root", "../..")).toAbsolutePath().normalize()
            .resolve("infra/kubernetes");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final Map<String, Object> kustomization;
    private final List<HasMetadata> resources = new ArrayList<>();

    Manifests() {
        kustomization = new Yaml().load(read(DIRECTORY.resolve("kustomization.yaml")));
        for (String file : resourceFiles()) {
            for (Object document : new Yaml().loadAll(read(DIRECTORY.resolve(file)))) {
                if (document != null) {
                    resources.add(SERIALIZATION.unmarshal(SERIALIZATION.asJson(document)));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    List<String> resourceFiles() {
        return (List<String>) kustomization.get("resources");
    }

    Map<String, Object> kustomization() {
        return kustomization;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst();
    }

    /** A resource of an operator's kind, e.g. ("Cluster", "kinerja-db"). */
    GenericKubernetesResource custom(String kind, String name) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals(kind) && resource.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    List<HasMetadata> all() {
        return resources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

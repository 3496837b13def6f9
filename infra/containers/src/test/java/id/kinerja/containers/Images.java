package id.kinerja.containers;

import org.testcontainers.utility.DockerImageName;

/** The images infra/images/build-images.sh built on this machine; nothing is ever pulled. */
final class Images {

    static final String VERSION = System.getProperty("kinerja.version", "0.1.0-SNAPSHOT");
    static final DockerImageName POSTGRES = DockerImageName.parse("kinerja/postgres:15");
    static final DockerImageName KAFKA = DockerImageName.parse("kinerja/kafka:" + System.getProperty("kafka.version"));
    static final DockerImageName KEYCLOAK =
            DockerImageName.parse("kinerja/keycloak:" + System.getProperty("keycloak.version"));

    private Images() {
    }

    static DockerImageName service(String name) {
        return DockerImageName.parse("kinerja/" + name + ":" + VERSION);
    }
}

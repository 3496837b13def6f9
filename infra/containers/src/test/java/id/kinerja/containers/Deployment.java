package id.kinerja.containers;

/** A running Kinerja as its users reach it: the three services and the identity provider. */
interface Deployment {

    String commandUrl();

    String queryUrl();

    String reportingUrl();

    Keycloak keycloak();
}

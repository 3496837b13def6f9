package id.kinerja.load.province;

/**
 * One request of the load, as a user of the daerah sends it to command-service: a JSON command ({@code body} a map)
 * or an import file ({@code body} YAML text), with how many events it is to store.
 *
 * @param tenant the daerah it is about
 * @param opd    the perangkat daerah it is about, or null
 */
public record Request(Actor actor, String tenant, String opd, String method, String path, Object body, int events) {

    /** Who sends it. */
    public enum Actor {
        /** the platform administrator: registers daerah and perangkat daerah */
        ADMIN,
        /** the perangkat daerah's planning staff, who is also its Kepala Dinas here (imports carry signatures) */
        OPERATOR
    }

    public boolean isImport() {
        return body instanceof String;
    }
}

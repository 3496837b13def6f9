package id.kinerja.localstack;

import id.kinerja.embedded.DevIssuer.Identity;

import java.util.ArrayList;
import java.util.List;

/**
 * The local stack's demo users, password {@code dev}: for each seeded daerah its operator, Kepala Dinas, Bupati and
 * verifier (e.g. {@code operator.badung}, {@code kadis.badung}, {@code bupati.badung}, {@code verifikator.badung})
 * and a {@code pemuat.<daerah>} who transcribes signed documents (operator and Kepala Dinas); a viewer per province
 * ({@code provinsi.bali}), an auditor granted all three provinces and the platform admin (docs/security.md).
 * Development only: a deployment takes its users from Keycloak (infra/compose).
 */
final class DemoUsers {

    private record Daerah(String name, String tenant, String opd) {
    }

    private static final List<Daerah> SEEDED = List.of(new Daerah("badung", "51.03", "diskopukmp"),
            new Daerah("buleleng", "51.08", "disdagperinkopukm"), new Daerah("sumenep", "35.29", "diskopukmperindag"),
            new Daerah("luwutimur", "73.25", "disdagkopukmperin"));

    static final List<Identity> ALL = all();

    private DemoUsers() {
    }

    private static List<Identity> all() {
        List<Identity> users = new ArrayList<>();
        users.add(new Identity("admin", List.of("ADMIN_PLATFORM"), null, null, null));
        for (Daerah daerah : SEEDED) {
            users.add(new Identity("operator." + daerah.name(), List.of("OPERATOR_OPD"), daerah.tenant(), daerah.opd(),
                    null));
            users.add(new Identity("kadis." + daerah.name(), List.of("KEPALA_DINAS"), daerah.tenant(), daerah.opd(),
                    null));
            users.add(new Identity("pemuat." + daerah.name(), List.of("OPERATOR_OPD", "KEPALA_DINAS"), daerah.tenant(),
                    daerah.opd(), null));
            users.add(new Identity("bupati." + daerah.name(), List.of("KEPALA_DAERAH"), daerah.tenant(), null, null));
            users.add(new Identity("verifikator." + daerah.name(), List.of("VERIFIKATOR"), daerah.tenant(), null,
                    null));
        }
        users.add(new Identity("provinsi.bali", List.of("PENINJAU_PROVINSI"), "51", null, null));
        users.add(new Identity("provinsi.jatim", List.of("PENINJAU_PROVINSI"), "35", null, null));
        users.add(new Identity("provinsi.sulsel", List.of("PENINJAU_PROVINSI"), "73", null, null));
        users.add(new Identity("auditor", List.of("AUDITOR"), null, null, List.of("51", "35", "73")));
        return List.copyOf(users);
    }
}

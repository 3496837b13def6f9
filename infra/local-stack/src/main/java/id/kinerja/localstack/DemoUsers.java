package id.kinerja.localstack;

import id.kinerja.embedded.DevIssuer.Identity;

import java.util.List;

/**
 * The local stack's demo users, one per role (docs/security.md), password {@code dev}. Development only: a
 * deployment takes its users from Keycloak (infra/compose).
 */
final class DemoUsers {

    static final List<Identity> ALL = List.of(
            new Identity("admin", List.of("ADMIN_PLATFORM"), null, null, null),
            new Identity("operator.badung", List.of("OPERATOR_OPD"), "51.03", "diskopukmp", null),
            new Identity("kadis.badung", List.of("KEPALA_DINAS"), "51.03", "diskopukmp", null),
            // transcribes signed documents: a planning year's file holds the PK's signing, the Kepala Dinas's act
            new Identity("pemuat.badung", List.of("OPERATOR_OPD", "KEPALA_DINAS"), "51.03", "diskopukmp", null),
            new Identity("bupati.badung", List.of("KEPALA_DAERAH"), "51.03", null, null),
            new Identity("verifikator.badung", List.of("VERIFIKATOR"), "51.03", null, null),
            new Identity("operator.buleleng", List.of("OPERATOR_OPD"), "51.08", "disdagperinkopukm", null),
            new Identity("operator.sumenep", List.of("OPERATOR_OPD"), "35.29", "diskopukmperindag", null),
            new Identity("operator.luwutimur", List.of("OPERATOR_OPD"), "73.25", "disdagkopukmperin", null),
            new Identity("provinsi.bali", List.of("PENINJAU_PROVINSI"), "51", null, null),
            new Identity("auditor", List.of("AUDITOR"), null, null, List.of("51", "35", "73")));

    private DemoUsers() {
    }
}

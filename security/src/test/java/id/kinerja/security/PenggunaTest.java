package id.kinerja.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a token's user may read, as docs/security.md says. */
class PenggunaTest {

    @Test
    void the_claims_make_the_user_and_unknown_roles_are_ignored() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("s-1")
                .claim("preferred_username", "operator.badung").claim("roles", List.of("OPERATOR_OPD", "SUPERUSER"))
                .claim("tenant", "51.03").claim("opd", "diskopukmp")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        Pengguna user = Pengguna.dari(jwt);
        assertThat(user.nama()).isEqualTo("operator.badung");
        assertThat(user.peran()).containsExactly(Peran.OPERATOR_OPD);
        assertThat(user.tenant()).isEqualTo("51.03");
        assertThat(user.opd()).isEqualTo("diskopukmp");
    }

    @Test
    void staff_read_their_daerah_provinces_their_tree_auditors_what_they_were_granted() {
        Pengguna verifier = new Pengguna("v", Set.of(Peran.VERIFIKATOR), "51.03", null, null);
        assertThat(verifier.bolehMembaca("51.03")).isTrue();
        assertThat(verifier.bolehMembaca("51.08")).isFalse();
        assertThat(verifier.bolehMembacaProvinsi("51")).isFalse();

        Pengguna bali = new Pengguna("p", Set.of(Peran.PENINJAU_PROVINSI), "51", null, null);
        assertThat(bali.bolehMembaca("51.08")).isTrue();
        assertThat(bali.bolehMembaca("51")).isTrue();
        assertThat(bali.bolehMembaca("35.29")).isFalse();
        assertThat(bali.bolehMembacaProvinsi("51")).isTrue();
        assertThat(bali.bolehMembacaProvinsi("35")).isFalse();

        Pengguna auditor = new Pengguna("a", Set.of(Peran.AUDITOR), null, null, List.of("35", "73.25"));
        assertThat(auditor.bolehMembaca("35.29")).isTrue();
        assertThat(auditor.bolehMembaca("73.25")).isTrue();
        assertThat(auditor.bolehMembaca("73.06")).isFalse();
        assertThat(auditor.bolehMembacaProvinsi("35")).isTrue();

        Pengguna admin = new Pengguna("root", Set.of(Peran.ADMIN_PLATFORM), "51.03", null, null);
        assertThat(admin.bolehMembaca("51.03")).as("the admin sees nothing inside a daerah").isFalse();
    }
}

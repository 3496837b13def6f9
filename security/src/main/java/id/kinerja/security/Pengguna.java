package id.kinerja.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user of a request, as the token says: who ({@code preferred_username}, else {@code sub}),
 * in which roles, for which daerah ({@code tenant}) and perangkat daerah ({@code opd}); an auditor's granted daerah
 * are in {@code tenants}. Nothing about the user ever comes from a request body or header of our own.
 */
public record Pengguna(String nama, Set<Peran> peran, String tenant, String opd, List<String> tenants) {

    public Pengguna {
        peran = peran.isEmpty() ? Set.of() : EnumSet.copyOf(peran);
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
    }

    public static Pengguna dari(Jwt jwt) {
        String name = jwt.getClaimAsString("preferred_username");
        Set<Peran> roles = EnumSet.noneOf(Peran.class);
        List<String> claimed = jwt.getClaimAsStringList("roles");
        if (claimed != null) {
            for (String role : claimed) {
                for (Peran known : Peran.values()) {
                    if (known.name().equals(role)) {
                        roles.add(known);
                    }
                }
            }
        }
        return new Pengguna(name == null || name.isBlank() ? jwt.getSubject() : name, roles,
                jwt.getClaimAsString("tenant"), jwt.getClaimAsString("opd"), jwt.getClaimAsStringList("tenants"));
    }

    /** The user of the current request, when it carries a valid token. */
    public static Optional<Pengguna> sekarang() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return Optional.of(dari(token.getToken()));
        }
        return Optional.empty();
    }

    public boolean punya(Peran role) {
        return peran.contains(role);
    }

    /**
     * Whether the user may read a daerah's data: its own staff (operator, kepala dinas, kepala daerah, verifier),
     * its province's viewers, and auditors it was granted to. The platform admin reads nothing inside a daerah.
     */
    public boolean bolehMembaca(String daerah) {
        boolean staff = punya(Peran.OPERATOR_OPD) || punya(Peran.KEPALA_DINAS) || punya(Peran.KEPALA_DAERAH)
                || punya(Peran.VERIFIKATOR);
        if (staff && daerah.equals(tenant)) {
            return true;
        }
        if (punya(Peran.PENINJAU_PROVINSI) && tenant != null && provinsiOf(daerah).equals(tenant)) {
            return true;
        }
        return punya(Peran.AUDITOR) && (tenants.contains(daerah) || tenants.contains(provinsiOf(daerah)));
    }

    /** Whether the user may read a province's roll-ups across its kabupaten/kota. */
    public boolean bolehMembacaProvinsi(String provinsi) {
        return (punya(Peran.PENINJAU_PROVINSI) && provinsi.equals(tenant))
                || (punya(Peran.AUDITOR) && tenants.contains(provinsi));
    }

    private static String provinsiOf(String daerah) {
        int dot = daerah.indexOf('.');
        return dot < 0 ? daerah : daerah.substring(0, dot);
    }
}

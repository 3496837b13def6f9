package id.kinerja.portal.masuk;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user as their ID token says: name, roles, daerah ({@code tenant}), perangkat daerah ({@code opd}) and
 * an auditor's granted daerah ({@code tenants}). The portal uses it only to choose which pages to offer; whether the
 * user may read or do something is decided by the services on every request.
 */
public record Pengguna(String nama, Set<String> peran, String tenant, String opd, List<String> tenants) {

    public static Pengguna dari(OidcUser user) {
        List<String> roles = user.getClaimAsStringList("roles");
        List<String> granted = user.getClaimAsStringList("tenants");
        String name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        return new Pengguna(name, roles == null ? Set.of() : Set.copyOf(roles), user.getClaimAsString("tenant"),
                user.getClaimAsString("opd"), granted == null ? List.of() : List.copyOf(granted));
    }

    public boolean punya(String role) {
        return peran.contains(role);
    }

    /** An operator or Kepala Dinas of one perangkat daerah. */
    public boolean staffOpd() {
        return opd != null && (punya("OPERATOR_OPD") || punya("KEPALA_DINAS"));
    }

    public boolean operator() {
        return punya("OPERATOR_OPD");
    }

    public boolean kepalaDinas() {
        return punya("KEPALA_DINAS");
    }

    public boolean verifikator() {
        return punya("VERIFIKATOR");
    }

    public boolean peninjauProvinsi() {
        return punya("PENINJAU_PROVINSI");
    }

    public boolean auditor() {
        return punya("AUDITOR");
    }

    /** The roles as they read on the page. */
    public String peranTertulis() {
        return String.join(", ", peran.stream().sorted().map(Pengguna::label).toList());
    }

    static String label(String role) {
        return switch (role) {
            case "OPERATOR_OPD" -> "Operator OPD";
            case "KEPALA_DINAS" -> "Kepala Dinas";
            case "KEPALA_DAERAH" -> "Kepala Daerah";
            case "VERIFIKATOR" -> "Verifikator";
            case "PENINJAU_PROVINSI" -> "Peninjau Provinsi";
            case "AUDITOR" -> "Auditor";
            case "ADMIN_PLATFORM" -> "Admin Platform";
            default -> role;
        };
    }
}

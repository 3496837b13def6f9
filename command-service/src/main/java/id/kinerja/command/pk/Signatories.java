package id.kinerja.command.pk;

import id.kinerja.api.common.Signatory;

import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;

/** Both parties of a Perjanjian Kinerja are named, with their positions, in every signed revision. */
final class Signatories {

    private Signatories() {
    }

    static void check(Signatory signatory, String field, String party) {
        require(signatory != null, "required", field, party + " wajib diisi");
        requireText(signatory.name(), field + ".name", "nama " + party);
        requireText(signatory.position(), field + ".position", "jabatan " + party);
    }

    static boolean samePerson(Signatory a, Signatory b) {
        return a.name().trim().equalsIgnoreCase(b.name().trim());
    }
}

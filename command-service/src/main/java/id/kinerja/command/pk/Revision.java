package id.kinerja.command.pk;

import id.kinerja.api.common.Signatory;

import java.time.LocalDate;

/**
 * The signed revision in force: 0 is the PK induk, each PK Perubahan adds one. Earlier revisions live on in
 * the events (and the read models); deciding needs only the latest.
 */
record Revision(int number, LocalDate effectiveDate, LocalDate signedOn, Signatory pihakPertama, Signatory pihakKedua) {
}

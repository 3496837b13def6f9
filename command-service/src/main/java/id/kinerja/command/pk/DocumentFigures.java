package id.kinerja.command.pk;

import id.kinerja.api.common.Periode;
import id.kinerja.api.dokumen.FigureKind;
import id.kinerja.api.dokumen.RecordStatedFigure;
import id.kinerja.api.dokumen.WriteNarrative;
import id.kinerja.api.indikator.Scale;
import id.kinerja.command.shared.Batas;

import java.util.regex.Pattern;

import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;

/** The rules for what a PK's documents say besides its numbers: printed figures and narrative sections. */
final class DocumentFigures {

    private static final Pattern SECTION = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int LONGEST_NARRATIVE = 100_000;

    private DocumentFigures() {
    }

    /** A printed figure names what it is about, in this PK, and where it was printed. */
    static void check(RecordStatedFigure command, Cascade cascade, int latestRevision) {
        FigureKind kind = command.figure();
        require(kind != null, "required", "figure", "jenis angka wajib diisi (PAGU_TOTAL, PAGU_PROGRAM, "
                + "PAGU_KEGIATAN, TARGET, REALISASI, CAPAIAN, REALISASI_ANGGARAN_TOTAL)");
        require(command.value() != null, "required", "value", "angka yang tertulis wajib diisi");
        requireText(command.where(), "where", "letak angka dalam dokumen");
        if (kind.keyed()) {
            requireText(command.key(), "key", "kode yang dimaksud angka " + kind);
        } else {
            require(command.key() == null, "key-unexpected", "key", "angka " + kind + " tidak memakai kode");
        }
        switch (kind) {
            case PAGU_PROGRAM -> require(cascade.hasProgram(command.key()), "program-unknown", "key",
                    "program '" + command.key() + "' tidak ada di Perjanjian Kinerja ini");
            case PAGU_KEGIATAN -> require(cascade.hasKegiatan(command.key()), "kegiatan-unknown", "key",
                    "kegiatan '" + command.key() + "' tidak ada di Perjanjian Kinerja ini");
            case TARGET, REALISASI -> {
                var indicator = cascade.requireIndicator(command.key(), "key").definition();
                if (indicator.scale() == Scale.ANGKA) {
                    Batas.check(command.value(), Batas.Jenis.of(indicator), "value");
                }
            }
            case CAPAIAN -> {
                cascade.requireIndicator(command.key(), "key");
                Batas.check(command.value(), Batas.Jenis.PERSEN, "value");
            }
            case PAGU_TOTAL -> { }
            case REALISASI_ANGGARAN_TOTAL -> require(command.period() == null || command.period().granularity()
                    == Periode.Granularity.BULAN, "period-month", "period", "realisasi anggaran dihitung sampai bulan "
                    + "tertentu (JAN … DES)");
        }
        if (kind == FigureKind.PAGU_TOTAL || kind == FigureKind.PAGU_PROGRAM || kind == FigureKind.PAGU_KEGIATAN
                || kind == FigureKind.REALISASI_ANGGARAN_TOTAL) {
            Batas.checkPrintedRupiah(command.value(), "value");
        }
        boolean periodic = kind == FigureKind.REALISASI || kind == FigureKind.CAPAIAN
                || kind == FigureKind.REALISASI_ANGGARAN_TOTAL;
        require(periodic == (command.period() != null), periodic ? "required" : "period-unexpected", "period",
                periodic ? "periode wajib diisi untuk angka " + kind : "angka " + kind + " tidak memakai periode");
        require(command.revision() == null || (command.revision() >= 0 && command.revision() <= latestRevision),
                "revision-unknown", "revision", "revisi " + command.revision() + " belum ada (revisi terakhir: "
                        + latestRevision + ")");
    }

    static void check(WriteNarrative command) {
        require(command.section() != null && SECTION.matcher(command.section()).matches(), "section-format",
                "section", "nama bagian: huruf kecil, angka dan tanda hubung, mis. kesimpulan");
        requireText(command.text(), "text", "isi bagian");
        require(command.text().length() <= LONGEST_NARRATIVE, "text-too-long", "text",
                "isi bagian paling banyak " + LONGEST_NARRATIVE + " karakter");
    }
}

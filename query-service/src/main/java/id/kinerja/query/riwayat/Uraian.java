package id.kinerja.query.riwayat;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.realisasi.RealisasiAnggaranCorrected;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.rencanaaksi.RencanaAnggaranSet;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.api.dokumen.NarrativeWritten;
import id.kinerja.api.dokumen.StatedFigureRecorded;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A recorded change told in Indonesian for the Riwayat list: its kind ({@code jenis}), what changed
 * ({@code ringkasan}) and the reason the user gave ({@code alasan}, when the change carries one). An event this build
 * does not describe is listed under its own name.
 */
record Uraian(String jenis, String ringkasan, String alasan) {

    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

    static Uraian of(Object event) {
        if (event instanceof PerjanjianKinerjaDrafted e) {
            return new Uraian("PK disusun",
                    "draf PK dari Renstra " + e.renstra().period() + ": " + e.sasaran().size() + " sasaran", null);
        }
        if (event instanceof ProgramAdded e) {
            return new Uraian("Program ditambahkan",
                    e.program().code() + " " + e.program().name(), null);
        }
        if (event instanceof KegiatanAdded e) {
            return new Uraian("Kegiatan ditambahkan",
                    e.kegiatan().code() + " " + e.kegiatan().name(), null);
        }
        if (event instanceof SubKegiatanAdded e) {
            return new Uraian("Sub kegiatan ditambahkan",
                    e.subKegiatan().code() + " " + e.subKegiatan().name(), null);
        }
        if (event instanceof TargetSet e) {
            return new Uraian("Target ditetapkan", e.indicatorCode() + ": " + dari(e.previous())
                    + angka(e.target()), null);
        }
        if (event instanceof PaguSet e) {
            return new Uraian("Pagu ditetapkan", e.subKegiatanCode() + ": "
                    + (e.previous() == null ? "" : rupiah(e.previous()) + " → ") + rupiah(e.pagu()), null);
        }
        if (event instanceof PerjanjianKinerjaSigned e) {
            return new Uraian("PK ditandatangani", "PK induk ditandatangani "
                    + e.signedOn() + (e.place() == null ? "" : " di " + e.place()), null);
        }
        if (event instanceof PerjanjianKinerjaAmended e) {
            return new Uraian("PK Perubahan ditandatangani", "PK Perubahan " + e.revision()
                    + ", berlaku " + e.effectiveDate() + ": " + e.targets().size() + " target dan " + e.pagu().size()
                    + " pagu berubah", alasan(e.reason().name(), e.explanation()));
        }
        if (event instanceof RencanaAksiSet e) {
            return new Uraian("Rencana Aksi ditetapkan", e.indicatorCode() + ": "
                    + e.targets().stream().map(t -> t.period() + " " + (t.target() == null ? "-" : angka(t.target())))
                    .collect(Collectors.joining(", ")), e.reason());
        }
        if (event instanceof RencanaAnggaranSet e) {
            return new Uraian("Rencana anggaran ditetapkan", e.subKegiatanCode() + ": "
                    + e.plan().size() + " bulan", e.reason());
        }
        if (event instanceof RealisasiRecorded e) {
            return new Uraian("Realisasi dicatat", e.indicatorCode() + " " + e.period() + ": "
                    + (e.value() == null ? "belum tersedia (" + e.pendingReason() + ")" : angka(e.value())), null);
        }
        if (event instanceof RealisasiCorrected e) {
            return new Uraian("Realisasi dikoreksi", e.indicatorCode() + " " + e.period() + ": "
                    + dari(e.previous()) + (e.value() == null ? "belum tersedia (" + e.pendingReason() + ")"
                    : angka(e.value())), e.reason());
        }
        if (event instanceof RealisasiAnggaranRecorded e) {
            return new Uraian("Realisasi anggaran dicatat", e.subKegiatanCode() + " "
                    + e.month() + ": " + rupiah(e.amount()), null);
        }
        if (event instanceof RealisasiAnggaranCorrected e) {
            return new Uraian("Realisasi anggaran dikoreksi", e.subKegiatanCode()
                    + " " + e.month() + ": " + rupiah(e.previous()) + " → " + rupiah(e.amount()), e.reason());
        }
        if (event instanceof VerifikasiRecorded e) {
            return new Uraian(e.hasil().name().equals("TERVERIFIKASI") ? "Diverifikasi"
                    : "Dikembalikan verifikator", "realisasi periode " + e.period(), e.catatan());
        }
        if (event instanceof StatedFigureRecorded e) {
            return new Uraian("Angka dokumen dicatat", e.figure() + (e.key() == null ? ""
                    : " " + e.key()) + ": " + angka(e.value()) + " (" + e.where() + ")", null);
        }
        if (event instanceof NarrativeWritten e) {
            return new Uraian("Narasi LKjIP ditulis", e.section(), null);
        }
        return new Uraian(event.getClass().getSimpleName(), "", null);
    }

    private static String alasan(String reason, String explanation) {
        String label = switch (reason) {
            case "PERGANTIAN_PEJABAT" -> "pergantian pejabat";
            case "PERUBAHAN_STRATEGI" -> "perubahan strategi";
            case "PERUBAHAN_PRIORITAS_ASUMSI" -> "perubahan prioritas atau asumsi";
            default -> reason;
        };
        return explanation == null || explanation.isBlank() ? label : label + ": " + explanation;
    }

    private static String dari(Nilai previous) {
        return previous == null ? "" : angka(previous) + " → ";
    }

    static String angka(Nilai nilai) {
        return nilai == null ? "-" : nilai.isAngka() ? angka(nilai.angka()) : nilai.predikat().name();
    }

    static String angka(BigDecimal number) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(INDONESIA));
        format.setMinimumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }

    static String rupiah(Rupiah amount) {
        return amount == null ? "-" : "Rp " + angka(BigDecimal.valueOf(amount.amount()));
    }
}

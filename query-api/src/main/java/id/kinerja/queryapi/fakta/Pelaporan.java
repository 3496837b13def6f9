package id.kinerja.queryapi.fakta;

import id.kinerja.api.common.Periode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The reporting cycle of a PK year at one moment, as the documents print it: each period's last step with the
 * verifier (submitted, verified, returned, reopened; a period never submitted has none), the kendala and tindak
 * lanjut per indicator and period, and the bukti dukung attached then. All of it comes from the PK's own events, so
 * query-service's tables and an auditor's fold give the same. The constructor puts each list in one canonical order.
 */
public record Pelaporan(List<Langkah> periode, List<Kendala> kendala, List<Bukti> bukti) {

    /**
     * A period's status ({@code StatusPeriode}) and who set it when, with its last submission's due date and whether
     * that submission was late.
     */
    public record Langkah(Periode period, String status, LocalDate tenggat, boolean terlambat, String catatan,
                          String oleh, Instant sejak) {
    }

    /** An indicator's kendala (obstacle) and tindak lanjut (follow-up) for a period. */
    public record Kendala(String indicatorCode, Periode period, String kendala, String tindakLanjut) {
    }

    /**
     * A file attached as bukti dukung (evidence) to an indicator's realisasi ({@code REALISASI}, kode = indicator) or
     * a sub kegiatan's budget realisation ({@code REALISASI_ANGGARAN}, kode = sub kegiatan) of a period.
     */
    public record Bukti(String untukJenis, String untukKode, Periode period, String sha256, String nama) {
    }

    public static final Pelaporan KOSONG = new Pelaporan(List.of(), List.of(), List.of());

    public Pelaporan {
        periode = periode.stream().sorted(Comparator.comparing(Langkah::period)).toList();
        kendala = kendala.stream().sorted(Comparator.comparing(Kendala::indicatorCode)
                .thenComparing(Kendala::period)).toList();
        bukti = bukti.stream().sorted(Comparator.comparing(Bukti::untukJenis).thenComparing(Bukti::untukKode)
                .thenComparing(Bukti::period).thenComparing(Bukti::nama).thenComparing(Bukti::sha256)).toList();
    }
}

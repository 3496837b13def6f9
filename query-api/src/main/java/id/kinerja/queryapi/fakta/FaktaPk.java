package id.kinerja.queryapi.fakta;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.queryapi.verifikasi.Verdict;
import id.kinerja.rulebook.Realisasi;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything recorded about one perangkat daerah's PK year at one moment, from which every view and document of it
 * is computed by the rule book: the PK itself, the revisions signed by then, realisasi (and last year's, for the
 * LKjIP's comparison), the Rencana Aksi and Rencana Anggaran, budget realisation, the Renstra's end targets and
 * comparison figures, the verifier's verdicts, the narrative and the reporting cycle ({@link Pelaporan}).
 * query-service reads it from its tables ({@code GET …/pk/{year}/fakta}); an auditor folds it from the raw events
 * ({@link LipatanPk}). The constructor puts every collection in one canonical order, so both give the same document.
 *
 * @param realisasi         indicator → period → realisasi
 * @param rencanaAksi       indicator → its planned period targets and the official responsible
 * @param rencanaAnggaran   sub kegiatan → month → planned spending
 * @param realisasiAnggaran sub kegiatan → month → spending
 * @param targetAkhir       indicator → the Renstra's end-of-period target
 * @param realisasiRenstra  indicator → last year's realisasi as the Renstra reports it
 * @param standarNasional   indicator → this year's national standard
 */
public record FaktaPk(String pemdaName, PkSnapshot pk, List<Revisi> revisions,
                      Map<String, Map<Periode, Realisasi>> realisasi,
                      Map<String, Map<Periode, Realisasi>> realisasiTahunLalu,
                      Map<String, RencanaAksi> rencanaAksi,
                      Map<String, Map<Periode, Long>> rencanaAnggaran,
                      Map<String, Map<Periode, Long>> realisasiAnggaran,
                      Map<String, Nilai> targetAkhir, Map<String, Pembanding> realisasiRenstra,
                      Map<String, Pembanding> standarNasional, List<Verdict> verifikasi, List<Narasi> narasi,
                      Pelaporan pelaporan) {

    /** An indicator's Rencana Aksi: per triwulan or month its target (null = "-") and the official responsible. */
    public record RencanaAksi(Map<Periode, Nilai> targets, String responsible) {

        public RencanaAksi {
            targets = enumMap(targets);
        }
    }

    /**
     * The parts of the facts, besides the PK and its daerah's name, that a view or document may ask for alone; the
     * parts not asked for are left empty. Capaian needs {@link #CAPAIAN}; anggaran, which shows capaian beside the
     * budget, needs {@link #CAPAIAN} and {@link #ANGGARAN}; a PK document needs none.
     */
    public enum Bagian {
        /** Realisasi of the year and the last, the Rencana Aksi, the Renstra's end targets and comparison figures. */
        CAPAIAN,
        /** The Rencana Anggaran and budget realisation. */
        ANGGARAN,
        /** The revisions, the verifier's verdicts, the narrative, the reporting cycle. */
        PELAPORAN;

        /** Every part: the facts whole. */
        public static final Set<Bagian> SEMUA = Collections.unmodifiableSet(EnumSet.allOf(Bagian.class));

        /** The name in the {@code bagian} parameter of the facts' URL. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A comparison figure of an indicator's year, and where it was reported or published. */
    public record Pembanding(Nilai value, String source) {
    }

    /** A narrative section of the LKjIP as last written, and when. */
    public record Narasi(String section, String text, Instant recordedAt) {
    }

    public FaktaPk {
        revisions = revisions.stream().sorted(Comparator.comparingInt(Revisi::revision)).toList();
        realisasi = perPeriode(realisasi);
        realisasiTahunLalu = perPeriode(realisasiTahunLalu);
        rencanaAksi = Collections.unmodifiableMap(new TreeMap<>(rencanaAksi));
        rencanaAnggaran = perPeriode(rencanaAnggaran);
        realisasiAnggaran = perPeriode(realisasiAnggaran);
        targetAkhir = Collections.unmodifiableMap(new TreeMap<>(targetAkhir));
        realisasiRenstra = Collections.unmodifiableMap(new TreeMap<>(realisasiRenstra));
        standarNasional = Collections.unmodifiableMap(new TreeMap<>(standarNasional));
        verifikasi = verifikasi.stream().sorted(Comparator.comparing((Verdict v) -> Periode.valueOf(v.period()))).toList();
        pelaporan = pelaporan == null ? Pelaporan.KOSONG : pelaporan;
        narasi = narasi.stream().sorted(Comparator.comparing(Narasi::recordedAt).thenComparing(Narasi::section))
                .toList();
    }

    private static <V> Map<String, Map<Periode, V>> perPeriode(Map<String, Map<Periode, V>> byCode) {
        Map<String, Map<Periode, V>> sorted = new TreeMap<>();
        byCode.forEach((code, periods) -> {
            if (!periods.isEmpty()) {
                sorted.put(code, enumMap(periods));
            }
        });
        return Collections.unmodifiableMap(sorted);
    }

    /** A copy in calendar order; null values (a period without a target) are kept. */
    private static <V> Map<Periode, V> enumMap(Map<Periode, V> periods) {
        Map<Periode, V> ordered = new EnumMap<>(Periode.class);
        ordered.putAll(periods);
        return Collections.unmodifiableMap(ordered);
    }

    /** The narrative sections in the order they were written: section → text. */
    public Map<String, String> narasiTeks() {
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        narasi.forEach(n -> sections.put(n.section(), n.text()));
        return sections;
    }
}

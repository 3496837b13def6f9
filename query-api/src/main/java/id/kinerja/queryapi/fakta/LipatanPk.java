package id.kinerja.queryapi.fakta;

import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.queryapi.verifikasi.Verdict;
import id.kinerja.rulebook.Realisasi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The auditor's way to read history: the facts of one perangkat daerah's PK year folded in memory from the raw
 * events, through the same reading ({@link Peristiwa}) as query-service's projections and into the same
 * {@link FaktaPk}, without any projection. Give it, in stored order, the events recorded up to the moment asked of
 * the daerah's own aggregate, the PK's Renstra and the PKs of the year and the year before; events of other
 * perangkat daerah or years are passed over.
 */
public final class LipatanPk implements Perubahan {

    private final PerjanjianKinerjaId pk;
    private final PerjanjianKinerjaId lastYear;
    private final Instant asOf;

    private String pemdaName;
    private String opdName;
    private RenstraId renstra;
    private final Map<String, PkSnapshot.Node> nodes = new LinkedHashMap<>();
    private final Map<String, PkSnapshot.Indikator> indicators = new LinkedHashMap<>();
    private final Map<String, PkSnapshot.Target> targets = new HashMap<>();
    private final Map<String, PkSnapshot.Pagu> pagu = new HashMap<>();
    private final List<Revisi> revisions = new ArrayList<>();
    private final Map<String, Map<Periode, Realisasi>> realisasi = new HashMap<>();
    private final Map<String, Map<Periode, Realisasi>> realisasiTahunLalu = new HashMap<>();
    private final Map<String, FaktaPk.RencanaAksi> rencanaAksi = new HashMap<>();
    private final Map<String, Map<Periode, Long>> rencanaAnggaran = new HashMap<>();
    private final Map<String, Map<Periode, Long>> realisasiAnggaran = new HashMap<>();
    /** Renstra figures of this OPD by "period|kind|year|indicator": targets and comparison figures. */
    private final Map<String, Nilai> renstraTargets = new HashMap<>();
    private final Map<String, FaktaPk.Pembanding> pembanding = new HashMap<>();
    private final Map<Periode, Verdict> verifikasi = new EnumMap<>(Periode.class);
    private final Map<String, FaktaPk.Narasi> narasi = new HashMap<>();
    private final Map<Periode, Pelaporan.Langkah> langkah = new EnumMap<>(Periode.class);
    private final Map<String, Pelaporan.Kendala> kendala = new HashMap<>();
    private final Map<String, Pelaporan.Bukti> bukti = new HashMap<>();

    /** @param asOf the moment the events given stop at, as the facts will say */
    public LipatanPk(String tenant, String opd, int year, Instant asOf) {
        OpdId opdId = new OpdId(TenantId.of(tenant), opd);
        this.pk = new PerjanjianKinerjaId(opdId, year);
        this.lastYear = new PerjanjianKinerjaId(opdId, year - 1);
        this.asOf = asOf;
    }

    /** Applies one stored event. */
    public void terapkan(Object event, Instant at, String actor) {
        Peristiwa.terapkan(event, at, actor, this);
    }

    /** The facts folded so far; empty when the daerah, the perangkat daerah or the PK did not exist. */
    public Optional<FaktaPk> hasil() {
        if (pemdaName == null || opdName == null || renstra == null) {
            return Optional.empty();
        }
        String period = renstra.period();
        Map<String, Nilai> targetAkhir = new HashMap<>();
        Map<String, FaktaPk.Pembanding> realisasiRenstra = new HashMap<>();
        Map<String, FaktaPk.Pembanding> standar = new HashMap<>();
        renstraTargets.forEach((key, value) -> figure(key, period, AKHIR, renstra.lastYear())
                .ifPresent(indicator -> targetAkhir.put(indicator, value)));
        pembanding.forEach((key, value) -> {
            figure(key, period, REALISASI, pk.year() - 1).ifPresent(indicator -> realisasiRenstra.put(indicator, value));
            figure(key, period, STANDAR_NASIONAL, pk.year()).ifPresent(indicator -> standar.put(indicator, value));
        });
        Revisi inForce = revisions.stream().reduce((a, b) -> b.revision() > a.revision() ? b : a).orElse(null);
        PkSnapshot snapshot = new PkSnapshot(pk.opd().tenant().code(), pk.opd().code(), opdName, pk.year(), period,
                asOf, inForce, List.copyOf(nodes.values()), List.copyOf(indicators.values()), targets, pagu);
        return Optional.of(new FaktaPk(pemdaName, snapshot, revisions, realisasi, realisasiTahunLalu, rencanaAksi,
                rencanaAnggaran, realisasiAnggaran, targetAkhir, realisasiRenstra, standar,
                List.copyOf(verifikasi.values()), List.copyOf(narasi.values()),
                new Pelaporan(List.copyOf(langkah.values()), List.copyOf(kendala.values()),
                        List.copyOf(bukti.values()))));
    }

    /** The indicator of a figure key, when it is of the period, kind and year asked. */
    private static Optional<String> figure(String key, String period, String kind, int year) {
        String prefix = period + "|" + kind + "|" + year + "|";
        return key.startsWith(prefix) ? Optional.of(key.substring(prefix.length())) : Optional.empty();
    }

    @Override
    public void pemda(TenantId tenant, String name, JenisDaerah jenis, Instant at) {
        if (tenant.equals(pk.opd().tenant())) {
            pemdaName = name;
        }
    }

    @Override
    public void perangkatDaerah(OpdId opd, String name, Instant at) {
        if (opd.equals(pk.opd())) {
            opdName = name;
        }
    }

    @Override
    public void renstraTarget(RenstraId renstra, String indicator, String kind, int year, Nilai target,
                              String reason, Instant at) {
        if (renstra.opd().equals(pk.opd())) {
            put(renstraTargets, renstra.period() + "|" + kind + "|" + year + "|" + indicator, target);
        }
    }

    @Override
    public void pembanding(RenstraId renstra, String indicator, String kind, int year, Nilai value, String source,
                           String reason, Instant at) {
        if (renstra.opd().equals(pk.opd())) {
            put(pembanding, renstra.period() + "|" + kind + "|" + year + "|" + indicator,
                    value == null ? null : new FaktaPk.Pembanding(value, source));
        }
    }

    @Override
    public void pk(PerjanjianKinerjaId pk, RenstraId renstra, Instant at) {
        if (pk.equals(this.pk)) {
            this.renstra = renstra;
        }
    }

    @Override
    public void pkNode(PerjanjianKinerjaId pk, String level, String code, String parentCode, String name,
                       String nomenklatur, List<Indicator> indicators, int revision, Instant at) {
        if (!pk.equals(this.pk)) {
            return;
        }
        nodes.put(level + "|" + code, new PkSnapshot.Node(level, code, parentCode, name, revision, nomenklatur));
        int position = 0;
        for (Indicator indicator : indicators == null ? List.<Indicator>of() : indicators) {
            this.indicators.put(indicator.code(), new PkSnapshot.Indikator(level, code, indicator.code(),
                    indicator.name(), indicator.unit(), indicator.polarity() == null ? "HIGHER_IS_BETTER"
                    : indicator.polarity().name(), indicator.combination() == null ? null
                    : indicator.combination().name(), indicator.scale() == null ? null : indicator.scale().name(),
                    indicator.formula() == null ? null : indicator.formula().id(), position++));
        }
    }

    @Override
    public void target(PerjanjianKinerjaId pk, String indicator, Nilai target, int revision, Instant at) {
        if (pk.equals(this.pk)) {
            put(targets, indicator, target == null ? null : new PkSnapshot.Target(target, revision));
        }
    }

    @Override
    public void pagu(PerjanjianKinerjaId pk, String subKegiatan, Long amount, int revision, Instant at) {
        if (pk.equals(this.pk)) {
            put(pagu, subKegiatan, amount == null ? null : new PkSnapshot.Pagu(amount, revision));
        }
    }

    @Override
    public void revisi(PerjanjianKinerjaId pk, Revisi revisi) {
        if (pk.equals(this.pk)) {
            revisions.add(revisi);
        }
    }

    @Override
    public void rencanaAksi(PerjanjianKinerjaId pk, String indicator, List<PeriodTarget> targets, String responsible,
                            String reason, int basedOnRevision, Instant at) {
        if (pk.equals(this.pk)) {
            Map<Periode, Nilai> periods = new EnumMap<>(Periode.class);
            targets.forEach(t -> periods.put(t.period(), t.target()));
            rencanaAksi.put(indicator, new FaktaPk.RencanaAksi(periods, responsible));
        }
    }

    @Override
    public void rencanaAnggaran(PerjanjianKinerjaId pk, String subKegiatan, List<MonthlyAmount> plan, String reason,
                                int basedOnRevision, Instant at) {
        if (pk.equals(this.pk)) {
            Map<Periode, Long> months = new EnumMap<>(Periode.class);
            plan.forEach(m -> months.put(m.month(), m.amount().amount()));
            rencanaAnggaran.put(subKegiatan, months);
        }
    }

    @Override
    public void realisasi(PerjanjianKinerjaId pk, String indicator, Periode period, Realisasi value,
                          Map<String, BigDecimal> components, String formula, Nilai stated, LocalDate lewatTenggat,
                          Instant at) {
        Map<String, Map<Periode, Realisasi>> of = pk.equals(this.pk) ? realisasi
                : pk.equals(lastYear) ? realisasiTahunLalu : null;
        if (of != null) {
            of.computeIfAbsent(indicator, i -> new EnumMap<>(Periode.class)).put(period, value);
        }
    }

    @Override
    public void realisasiAnggaran(PerjanjianKinerjaId pk, String subKegiatan, Periode month, long amount,
                                  String correction, LocalDate lewatTenggat, Instant at) {
        if (pk.equals(this.pk)) {
            realisasiAnggaran.computeIfAbsent(subKegiatan, s -> new EnumMap<>(Periode.class)).put(month, amount);
        }
    }

    @Override
    public void verifikasi(PerjanjianKinerjaId pk, Periode period, String hasil, String catatan, String verifier,
                           Instant at) {
        if (pk.equals(this.pk)) {
            verifikasi.put(period, new Verdict(period.name(), hasil, catatan, verifier, at));
            langkah(period, hasil.equals("TERVERIFIKASI") ? "TERVERIFIKASI" : "DIKEMBALIKAN", catatan, verifier, at);
        }
    }

    @Override
    public void diajukan(PerjanjianKinerjaId pk, Periode period, String catatan, LocalDate tenggat, boolean terlambat,
                         String actor, Instant at) {
        if (pk.equals(this.pk)) {
            langkah.put(period, new Pelaporan.Langkah(period, "DIAJUKAN", tenggat, terlambat, catatan, actor, at));
        }
    }

    @Override
    public void dibukaKembali(PerjanjianKinerjaId pk, Periode period, String alasan, String actor, Instant at) {
        if (pk.equals(this.pk)) {
            langkah(period, "DIBUKA_KEMBALI", alasan, actor, at);
        }
    }

    /** A step after the submission keeps the submission's due date and lateness. */
    private void langkah(Periode period, String status, String catatan, String actor, Instant at) {
        Pelaporan.Langkah submitted = langkah.get(period);
        langkah.put(period, new Pelaporan.Langkah(period, status, submitted == null ? null : submitted.tenggat(),
                submitted != null && submitted.terlambat(), catatan, actor, at));
    }

    @Override
    public void kendala(PerjanjianKinerjaId pk, String indicator, Periode period, String kendala, String tindakLanjut,
                        String actor, Instant at) {
        if (pk.equals(this.pk)) {
            this.kendala.put(indicator + "|" + period, new Pelaporan.Kendala(indicator, period, kendala,
                    tindakLanjut));
        }
    }

    @Override
    public void buktiDukung(PerjanjianKinerjaId pk, BuktiUntuk untuk, Berkas berkas, boolean dilampirkan,
                            String actor, Instant at) {
        if (pk.equals(this.pk)) {
            put(bukti, untuk.jenis() + "|" + untuk.kode() + "|" + untuk.period() + "|" + berkas.sha256(),
                    dilampirkan ? new Pelaporan.Bukti(untuk.jenis().name(), untuk.kode(), untuk.period(),
                            berkas.sha256(), berkas.nama()) : null);
        }
    }

    @Override
    public void narasi(PerjanjianKinerjaId pk, String section, String text, Instant at) {
        if (pk.equals(this.pk)) {
            narasi.put(section, new FaktaPk.Narasi(section, text, at));
        }
    }

    private static <V> void put(Map<String, V> map, String key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }
}

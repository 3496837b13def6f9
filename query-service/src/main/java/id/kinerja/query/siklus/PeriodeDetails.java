package id.kinerja.query.siklus;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Periode.Granularity;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.query.history.Saat;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.rencanaaksi.RencanaAksiReads;
import id.kinerja.web.TidakDitemukan;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Puts a period's {@link PeriodeDetail} together from the read models, as of a time. */
@Component
public class PeriodeDetails {

    private final PkSnapshots snapshots;
    private final RencanaAksiReads rencanaAksi;
    private final SiklusReads reads;
    private final PeriodeStatuses statuses;

    public PeriodeDetails(PkSnapshots snapshots, RencanaAksiReads rencanaAksi, SiklusReads reads,
                          PeriodeStatuses statuses) {
        this.snapshots = snapshots;
        this.rencanaAksi = rencanaAksi;
        this.reads = reads;
        this.statuses = statuses;
    }

    public PeriodeDetail of(String tenant, String opd, int year, Periode period, Instant asOf) {
        PkSnapshot pk = snapshots.require(tenant, opd, year, asOf);
        PeriodeStatus status = statuses.opd(tenant, opd, pk.opdName(), year, asOf).stream()
                .filter(s -> s.period().equals(period.name())).findFirst()
                .orElseThrow(() -> new TidakDitemukan("periode " + period + " tidak dilaporkan oleh " + tenant + "/" + opd
                        + " tahun " + year));
        List<Bukti> bukti = reads.bukti(tenant, opd, year, asOf);
        Map<String, Kendala> kendala = reads.kendala(tenant, opd, year, asOf).stream()
                .filter(k -> k.period().equals(period.name()))
                .collect(Collectors.toMap(Kendala::indicatorCode, Function.identity()));
        Map<String, SiklusReads.RealisasiRow> realisasi = reads.realisasi(tenant, opd, year, period, asOf).stream()
                .collect(Collectors.toMap(SiklusReads.RealisasiRow::indicatorCode, Function.identity()));
        Map<String, FaktaPk.RencanaAksi> planned = period == Periode.TAHUN ? Map.of()
                : rencanaAksi.rencanaAksi(tenant, opd, year, Saat.asOf(asOf));

        List<PeriodeDetail.Indikator> indicators = new ArrayList<>();
        for (PkSnapshot.Indikator indicator : pk.indicators()) {
            Nilai target = period == Periode.TAHUN
                    ? Optional.ofNullable(pk.targets().get(indicator.code())).map(PkSnapshot.Target::value).orElse(null)
                    : Optional.ofNullable(planned.get(indicator.code())).map(plan -> plan.targets().get(period))
                    .orElse(null);
            SiklusReads.RealisasiRow value = realisasi.get(indicator.code());
            if (target == null && value == null) {
                continue;
            }
            indicators.add(new PeriodeDetail.Indikator(indicator.code(), indicator.name(), indicator.unit(), target,
                    value == null ? null : value.value(), value == null ? null : value.pendingReason(),
                    value == null ? null : value.correctionReason(), value == null ? null : value.lewatTenggat(),
                    of(bukti, "REALISASI", indicator.code(), period.name()), kendala.get(indicator.code())));
        }
        List<Periode> months = Periode.all(Granularity.BULAN).stream()
                .filter(m -> m.number() >= period.firstMonth() && m.number() <= period.lastMonth()).toList();
        List<PeriodeDetail.Anggaran> anggaran = reads.anggaran(tenant, opd, year, months, asOf).stream()
                .map(row -> new PeriodeDetail.Anggaran(row.subKegiatanCode(), row.month().name(), row.amount(),
                        row.correctionReason(), row.lewatTenggat(),
                        of(bukti, "REALISASI_ANGGARAN", row.subKegiatanCode(), row.month().name())))
                .toList();
        List<Periode> covered = new ArrayList<>(List.of(period));
        if (period.granularity() != Granularity.BULAN) {
            covered.addAll(months);
        }
        List<Riwayat> riwayat = reads.riwayat(tenant, opd, year, covered, asOf).stream()
                .filter(r -> r.period().equals(period.name()) || r.anggaran())
                .toList();
        return new PeriodeDetail(status, indicators, anggaran, riwayat);
    }

    private static List<Bukti> of(List<Bukti> all, String jenis, String kode, String period) {
        return all.stream().filter(b -> b.untukJenis().equals(jenis) && b.untukKode().equals(kode)
                && b.period().equals(period)).toList();
    }
}

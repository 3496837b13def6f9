package id.kinerja.queryapi.capaian;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.rulebook.Capaian;
import id.kinerja.rulebook.NilaiTahunan;
import id.kinerja.rulebook.RataRata;
import id.kinerja.rulebook.Realisasi;
import id.kinerja.rulebook.TingkatKemajuan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes the capaian of a PK for one period from its facts, by the rule book. The period's target is the PK target
 * for TAHUN and the Rencana Aksi target otherwise. The year's realisasi is the one recorded for TAHUN, or else the
 * triwulan (or monthly) values combined by the indicator's kind; one pending period makes the year pending. For
 * TAHUN the year is also compared with the Renstra end target, last year's realisasi — the platform's own PK of
 * that year if it has one, else as the Renstra reports it — and the national standard.
 */
public final class CapaianSusun {

    private CapaianSusun() {
    }

    public static CapaianView capaian(FaktaPk fakta, Periode period) {
        PkSnapshot pk = fakta.pk();
        boolean year = period == Periode.TAHUN;
        List<CapaianView.Baris> rows = new ArrayList<>();
        for (PkSnapshot.Indikator indikator : pk.indicators()) {
            FaktaPk.RencanaAksi plan = fakta.rencanaAksi().get(indikator.code());
            boolean planned = plan != null && plan.targets().containsKey(period);
            Nilai target = year ? target(pk, indikator.code()) : planned ? plan.targets().get(period) : null;
            Realisasi value = realisasi(indikator, fakta.realisasi(), period);
            rows.add(row(indikator, target, value, year ? fakta.targetAkhir().get(indikator.code()) : null,
                    planned ? plan.responsible() : null, year ? tahunLalu(fakta, indikator) : null,
                    year ? fakta.standarNasional().get(indikator.code()) : null));
        }
        List<CapaianView.Sasaran> sasaran = pk.level("SASARAN").stream().map(s -> new CapaianView.Sasaran(s.code(),
                s.name(), RataRata.of(rows.stream().filter(r -> r.level().equals("SASARAN")
                        && r.nodeCode().equals(s.code())).map(CapaianView.Baris::anggota).toList()))).toList();
        RataRata opd = RataRata.of(rows.stream().filter(r -> r.level().equals("SASARAN"))
                .map(CapaianView.Baris::anggota).toList());
        return new CapaianView(pk.tenant(), pk.opd(), pk.year(), period.name(), pk.asOf(), CapaianView.RULE, rows,
                sasaran, opd);
    }

    /**
     * The row an indicator would show for the period if its realisasi were {@code value} (null: none yet): the same
     * target and rules as {@link #capaian}, nothing stored. The portal asks this while a user types.
     */
    public static Optional<CapaianView.Baris> pratinjau(FaktaPk fakta, Periode period, String indicatorCode,
                                                        Nilai value) {
        PkSnapshot pk = fakta.pk();
        return pk.indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst().map(indikator -> {
            FaktaPk.RencanaAksi plan = fakta.rencanaAksi().get(indikator.code());
            boolean planned = period != Periode.TAHUN && plan != null && plan.targets().containsKey(period);
            Nilai target = period == Periode.TAHUN ? target(pk, indikator.code())
                    : planned ? plan.targets().get(period) : null;
            return row(indikator, target, value == null ? null : Realisasi.of(value), null,
                    planned ? plan.responsible() : null, null, null);
        });
    }

    private static CapaianView.Baris row(PkSnapshot.Indikator indikator, Nilai target, Realisasi value,
                                         Nilai endTarget, String penanggungJawab, Nilai tahunLalu,
                                         FaktaPk.Pembanding standar) {
        Polarity polarity = Polarity.valueOf(indikator.polarity());
        Nilai realisasi = value == null ? null : value.value();
        Capaian capaian = Capaian.hitung(polarity, target, value);
        return new CapaianView.Baris(indikator.level(), indikator.nodeCode(), indikator.code(), indikator.name(),
                indikator.unit(), indikator.polarity(), target, realisasi, capaian.status(),
                value == null ? null : value.pendingReason(), value == null ? null : value.correctionReason(),
                capaian.persen(), capaian.catatan(), capaian.keterangan(), capaian.kategori(), endTarget,
                TingkatKemajuan.hitung(polarity, realisasi, endTarget).orElse(null), penanggungJawab, tahunLalu,
                standar == null ? null : standar.value(), standar == null ? null : standar.source());
    }

    /** Last year's realisasi: from the platform's own PK of that year if it has a value, else as the Renstra reports. */
    private static Nilai tahunLalu(FaktaPk fakta, PkSnapshot.Indikator indikator) {
        Realisasi recorded = realisasi(indikator, fakta.realisasiTahunLalu(), Periode.TAHUN);
        if (recorded != null && !recorded.pending()) {
            return recorded.value();
        }
        FaktaPk.Pembanding reported = fakta.realisasiRenstra().get(indikator.code());
        return reported == null ? null : reported.value();
    }

    private static Nilai target(PkSnapshot pk, String indicator) {
        PkSnapshot.Target target = pk.targets().get(indicator);
        return target == null ? null : target.value();
    }

    /** The period's realisasi; for TAHUN without its own value, the periods combined by the rule book. */
    static Realisasi realisasi(PkSnapshot.Indikator indikator, Map<String, Map<Periode, Realisasi>> values,
                               Periode period) {
        return NilaiTahunan.realisasi(indikator.combination() == null ? null
                        : PeriodCombination.valueOf(indikator.combination()),
                values.getOrDefault(indikator.code(), Map.of()), period);
    }
}

package id.kinerja.reporting.dokumen;

import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.anggaran.AnggaranSusun;
import id.kinerja.queryapi.anggaran.AnggaranView;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.capaian.CapaianView;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.reporting.sumber.PkRef;
import id.kinerja.reporting.sumber.Sumber;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the facts a document needs, as recorded at the time asked for, and has its builder compose it: the views
 * come from the facts by the rule book, whichever source gave the facts — query-service's read models, or the raw
 * events folded for an auditor ({@link Sumber.Jenis#PERISTIWA}) — so both give the same document.
 */
@Service
public class DokumenService {

    private final Map<Sumber.Jenis, Sumber> sources = new EnumMap<>(Sumber.Jenis.class);

    public DokumenService(List<Sumber> sources) {
        sources.forEach(source -> this.sources.put(source.jenis(), source));
    }

    /** The document, or empty when its PK (or, for a PK Perubahan, the amendment) did not exist by then. */
    public Optional<Dokumen> susun(JenisDokumen jenis, PkRef ref, Sumber.Jenis dari) {
        Sumber source = sources.get(dari);
        return source.fakta(ref, jenis.bagian()).flatMap(fakta -> susun(jenis, ref, fakta, source));
    }

    /** A province's recap, or empty when the province is unknown. */
    public Optional<Dokumen> rekap(String provinsi, int year, Instant asOf, Sumber.Jenis dari) {
        return sources.get(dari).rekap(provinsi, year, asOf).map(rekap -> RekapProvinsiDokumen.of(rekap, asOf));
    }

    private static Optional<Dokumen> susun(JenisDokumen jenis, PkRef ref, FaktaPk fakta, Sumber source) {
        PerjanjianKinerjaView pk = PerjanjianKinerjaView.of(fakta.pk(), fakta.pemdaName());
        Instant asOf = ref.asOf();
        return switch (jenis) {
            case PERJANJIAN_KINERJA -> Optional.of(PerjanjianKinerjaDokumen.of(pk, asOf));
            case PK_PERUBAHAN -> perubahan(source, ref, pk);
            case RENCANA_AKSI -> Optional.of(RencanaAksiDokumen.of(pk, fakta.rencanaAksi(), asOf));
            case CAPAIAN_RENCANA_AKSI -> {
                boolean bulanan = RencanaAksiDokumen.bulanan(fakta.rencanaAksi());
                Map<Periode, CapaianView> perPeriode = new EnumMap<>(Periode.class);
                (bulanan ? Rentang.BULAN : Rentang.TRIWULAN).periods
                        .forEach(period -> perPeriode.put(period, CapaianSusun.capaian(fakta, period)));
                CapaianView tahun = CapaianSusun.capaian(fakta, Periode.TAHUN);
                Map<Periode, AnggaranView> perBulan = new EnumMap<>(Periode.class);
                Rentang.BULAN.periods.forEach(month -> perBulan.put(month, AnggaranSusun.anggaran(fakta, month,
                        tahun)));
                yield Optional.of(CapaianRencanaAksiDokumen.of(pk, bulanan, perPeriode, perBulan, fakta.pelaporan(),
                        asOf));
            }
            case LKJIP -> {
                CapaianView tahun = CapaianSusun.capaian(fakta, Periode.TAHUN);
                yield Optional.of(LkjipDokumen.of(pk, tahun, AnggaranSusun.anggaran(fakta, Periode.DES, tahun),
                        fakta.narasiTeks(), fakta.pelaporan(), asOf));
            }
        };
    }

    /** The PK Perubahan beside the revision it amended; empty for a PK induk. */
    private static Optional<Dokumen> perubahan(Sumber source, PkRef ref, PerjanjianKinerjaView sesudah) {
        if (sesudah.revisiBerlaku() == null || sesudah.revisiBerlaku().revision() == 0) {
            return Optional.empty();
        }
        int revision = sesudah.revisiBerlaku().revision();
        return source.fakta(ref.revision(revision - 1), JenisDokumen.PK_PERUBAHAN.bagian())
                .map(sebelum -> PkPerubahanDokumen.of(PerjanjianKinerjaView.of(sebelum.pk(), sebelum.pemdaName()),
                        sesudah, ref.asOf()));
    }
}

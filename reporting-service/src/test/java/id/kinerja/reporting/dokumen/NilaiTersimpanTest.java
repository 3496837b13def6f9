package id.kinerja.reporting.dokumen;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.queryapi.anggaran.AnggaranSusun;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.fakta.BadungEvents;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.reporting.naskah.Naskah;
import id.kinerja.reporting.render.DocxRenderer;
import id.kinerja.reporting.render.Format;
import id.kinerja.reporting.render.HtmlRenderer;
import id.kinerja.reporting.render.PdfRenderer;
import id.kinerja.reporting.render.Renderers;
import id.kinerja.reporting.render.TandaTanganElektronik;
import id.kinerja.reporting.render.Templates;
import id.kinerja.reporting.render.XlsxRenderer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a value stored as an event before values had bounds — a realisasi of 1e309, a corrected one of 1e-400,
 * a target of 1e999999 — never stops a document: the LKjIP and the Capaian Rencana Aksi are composed from the
 * folded events, print the value as recorded, say it was not computed, leave it out of the averages, and render in
 * every format.
 */
class NilaiTersimpanTest {

    private static final Instant AS_OF = Instant.parse("2023-12-31T00:00:00Z");

    @Test
    void poison_values_are_printed_as_stored_and_marked_not_computed() {
        List<Object> events = new ArrayList<>(BadungEvents.signed());
        events.add(BadungEvents.amended());
        events.add(new RencanaAksiSet(BadungEvents.PK, "IKU-1.1", List.of(new PeriodTarget(Periode.DES,
                Nilai.of("8.00"))), "Kepala Bidang Koperasi", null, 1));
        events.add(new RealisasiRecorded(BadungEvents.PK, "IKU-1.1", Periode.TAHUN, Nilai.of("1e309"), null, null,
                null, null));
        events.add(new RealisasiRecorded(BadungEvents.PK, "IKU-1.1", Periode.DES, Nilai.of("1e309"), null, null,
                null, null));
        events.add(new RealisasiCorrected(BadungEvents.PK, "IKU-1.1", Periode.DES, Nilai.of("1e-400"), null, null,
                null, Nilai.of("1e309"), "salah ketik"));
        FaktaPk fakta = BadungEvents.fold(events).orElseThrow();
        PerjanjianKinerjaView pk = PerjanjianKinerjaView.of(fakta.pk(), fakta.pemdaName());

        Dokumen lkjip = LkjipDokumen.of(pk, CapaianSusun.capaian(fakta, Periode.TAHUN),
                AnggaranSusun.anggaran(fakta, Periode.DES), fakta.narasiTeks(), fakta.pelaporan(), AS_OF);
        assertThat(String.join("\n", Naskah.baris(lkjip))).contains("1E+309", "tidak terhitung: realisasi 1E+309 di "
                + "luar batas hitung", "belum dapat dihitung dari 0 indikator");

        Map<Periode, id.kinerja.queryapi.capaian.CapaianView> months = new EnumMap<>(Periode.class);
        Rentang.BULAN.periods.forEach(month -> months.put(month, CapaianSusun.capaian(fakta, month)));
        Map<Periode, id.kinerja.queryapi.anggaran.AnggaranView> budget = new EnumMap<>(Periode.class);
        Rentang.BULAN.periods.forEach(month -> budget.put(month, AnggaranSusun.anggaran(fakta, month)));
        Dokumen capaian = CapaianRencanaAksiDokumen.of(pk, true, months, budget, fakta.pelaporan(), AS_OF);
        assertThat(String.join("\n", Naskah.baris(capaian))).contains("| Desember | 8 | 1E-400 | - | tidak terhitung: "
                + "realisasi 1E-400 di luar batas hitung");

        List<Object> target = new ArrayList<>(BadungEvents.signed().subList(0, BadungEvents.signed().size() - 1));
        target.add(new TargetSet(BadungEvents.PK, "IKU-1.1", Nilai.of("1e999999"), null));
        FaktaPk huge = BadungEvents.fold(target).orElseThrow();
        Dokumen withHugeTarget = PerjanjianKinerjaDokumen.of(PerjanjianKinerjaView.of(huge.pk(), huge.pemdaName()),
                AS_OF);
        assertThat(String.join("\n", Naskah.baris(withHugeTarget))).contains("1E+999999");

        HtmlRenderer html = new HtmlRenderer(Templates.engine());
        Renderers renderers = new Renderers(html, new PdfRenderer(html, new TandaTanganElektronik("", "", "", false)),
                new DocxRenderer(), new XlsxRenderer());
        for (Dokumen dokumen : List.of(lkjip, capaian, withHugeTarget)) {
            for (Format format : Format.values()) {
                assertThat(renderers.render(dokumen, format)).as(dokumen.berkas() + " " + format).isNotEmpty();
            }
        }
    }
}

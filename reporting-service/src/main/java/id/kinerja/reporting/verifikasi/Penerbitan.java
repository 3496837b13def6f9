package id.kinerja.reporting.verifikasi;

import id.kinerja.queryapi.dokumen.VersiDokumen;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.reporting.naskah.Naskah;
import id.kinerja.reporting.sumber.PkRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Issues a rendered document: gives it its data version — the moment it shows, how far the daerah's hash chain
 * reached then, its content fingerprint — and the address where anyone can check it
 * ({@code kinerja.verifikasi.url}: the public verification endpoint, or the portal's page in front of it).
 */
@Component
public class Penerbitan {

    /** The kind of a province's recap in a data version. */
    public static final String JENIS_REKAP = "rekap-provinsi";

    private final RantaiDaerah rantai;
    private final String base;

    public Penerbitan(RantaiDaerah rantai, @Value("${kinerja.verifikasi.url}") String base) {
        this.rantai = rantai;
        this.base = base;
    }

    /** A document of a perangkat daerah's PK year. */
    public Dokumen terbitkan(Dokumen dokumen, String jenis, PkRef ref) {
        return terbitkan(dokumen, new VersiDokumen(jenis, ref.tenant(), ref.opd(), ref.year(), ref.revision(),
                ref.asOf(), List.of(rantai.posisi(ref.tenant(), ref.asOf())), Naskah.sidikJari(dokumen)));
    }

    /** A province's recap: every daerah of the province names its chain. */
    public Dokumen terbitkanRekap(Dokumen dokumen, String provinsi, int year, Instant asOf) {
        return terbitkan(dokumen, new VersiDokumen(JENIS_REKAP, provinsi, null, year, null, asOf,
                rantai.provinsi(provinsi).stream().map(tenant -> rantai.posisi(tenant, asOf)).toList(),
                Naskah.sidikJari(dokumen)));
    }

    private Dokumen terbitkan(Dokumen dokumen, VersiDokumen versi) {
        return dokumen.dengan(new Dokumen.Pengesahan(versi, TautanVerifikasi.tautan(base, versi), teks(versi),
                kaki(versi)));
    }

    /** The foot of every page: which PK, as of when, on which link, and the start of the fingerprint. */
    static String kaki(VersiDokumen versi) {
        VersiDokumen.Rantai first = versi.rantai().isEmpty() ? null : versi.rantai().get(0);
        return "Versi data " + versi.tenant() + (versi.opd() == null ? "" : "/" + versi.opd()) + " " + versi.tahun()
                + " per " + versi.per() + (first == null ? "" : " · rantai " + first.tenant() + " #" + first.posisi())
                + " · sidik jari " + versi.sidikJari().substring(0, 16);
    }

    /** The line every format prints: what the document is, as of when, on which links, with which fingerprint. */
    static String teks(VersiDokumen versi) {
        StringBuilder text = new StringBuilder("Versi data: ").append(versi.jenis()).append(' ')
                .append(versi.tenant());
        if (versi.opd() != null) {
            text.append('/').append(versi.opd());
        }
        text.append(" tahun ").append(versi.tahun());
        if (versi.revisi() != null) {
            text.append(" revisi ").append(versi.revisi());
        }
        text.append(", tercatat per ").append(versi.per()).append("; rantai peristiwa");
        versi.rantai().forEach(r -> text.append(' ').append(r.tenant()).append(" #").append(r.posisi()).append(' ')
                .append(r.hash().length() > 16 ? r.hash().substring(0, 16) : r.hash()));
        return text.append("; sidik jari ").append(versi.sidikJari()).append('.').toString();
    }
}

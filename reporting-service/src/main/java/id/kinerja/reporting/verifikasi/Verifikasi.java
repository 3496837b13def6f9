package id.kinerja.reporting.verifikasi;

import id.kinerja.queryapi.dokumen.HasilVerifikasi;
import id.kinerja.queryapi.dokumen.VersiDokumen;
import id.kinerja.reporting.dokumen.DokumenService;
import id.kinerja.reporting.dokumen.JenisDokumen;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.reporting.naskah.Naskah;
import id.kinerja.reporting.sumber.PkRef;
import id.kinerja.reporting.sumber.Sumber;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a document's data version against the event store, for anyone holding the document: each daerah's hash
 * chain recomputed up to the link the document names (a changed or deleted event is named), the link still carrying
 * the hash the document names, and the document rendered again from the raw events ({@link Sumber.Jenis#PERISTIWA})
 * with the fingerprint the document names. Given the document's own content lines (from the PDF), it also says
 * which lines differ.
 */
@Service
public class Verifikasi {

    private final DokumenService dokumen;
    private final RantaiDaerah rantai;

    public Verifikasi(DokumenService dokumen, RantaiDaerah rantai) {
        this.dokumen = dokumen;
        this.rantai = rantai;
    }

    /**
     * @param tertulis  the content lines of the document as held, or null when only its version is known
     * @param tepercaya whether the file is one this service issued (its PAdES signature is ours and intact): only then
     *                  does the answer show what the differing lines say now — anyone can write a file naming any
     *                  version, and must not read a daerah's data by asking
     */
    public HasilVerifikasi periksa(VersiDokumen versi, List<String> tertulis, boolean tepercaya) {
        List<String> perbedaan = new ArrayList<>();
        List<HasilVerifikasi.RantaiDiperiksa> chains = versi.rantai().stream().map(rantai::periksa).toList();
        for (HasilVerifikasi.RantaiDiperiksa chain : chains) {
            if (chain.putus() != null) {
                HasilVerifikasi.Putus putus = chain.putus();
                perbedaan.add("rantai peristiwa " + chain.tenant() + " putus pada tautan " + putus.posisi()
                        + (putus.peristiwa() == null ? "" : ": peristiwa " + putus.peristiwa() + " pada "
                        + putus.agregat() + " #" + putus.urutan() + " (dicatat " + putus.dicatat() + ")")
                        + " — " + indonesian(putus.masalah()));
            } else if (!chain.utuh()) {
                perbedaan.add("tautan " + chain.posisi() + " rantai peristiwa " + chain.tenant() + " kini ber-hash "
                        + chain.hashTersimpan() + ", dokumen menyebut " + hash(versi, chain.tenant()));
            }
        }
        Optional<Dokumen> now = susun(versi);
        if (now.isEmpty()) {
            return new HasilVerifikasi(HasilVerifikasi.Status.TIDAK_ADA, versi, null, chains,
                    List.of("dokumen ini tidak dapat disusun dari peristiwa yang tercatat per " + versi.per()),
                    List.of());
        }
        String sidikJari = Naskah.sidikJari(now.get());
        if (!sidikJari.equals(versi.sidikJari())) {
            perbedaan.add("isi dokumen yang disusun ulang dari peristiwa (sidik jari " + sidikJari
                    + ") berbeda dari dokumen bersidik jari " + versi.sidikJari());
        }
        List<HasilVerifikasi.BarisBerbeda> baris = List.of();
        if (tertulis != null) {
            if (!Naskah.sidikJari(tertulis).equals(versi.sidikJari())) {
                perbedaan.add("isi berkas tidak sesuai dengan sidik jari yang tertulis padanya");
            }
            baris = beda(tertulis, Naskah.baris(now.get())).stream().map(line -> tepercaya ? line
                    : new HasilVerifikasi.BarisBerbeda(line.nomor(), line.tertulis(), null)).toList();
        }
        return new HasilVerifikasi(perbedaan.isEmpty() ? HasilVerifikasi.Status.COCOK : HasilVerifikasi.Status.BERBEDA,
                versi, sidikJari, chains, perbedaan, baris);
    }

    private Optional<Dokumen> susun(VersiDokumen versi) {
        if (versi.jenis().equals(Penerbitan.JENIS_REKAP)) {
            return dokumen.rekap(versi.tenant(), versi.tahun(), versi.per(), Sumber.Jenis.PERISTIWA);
        }
        return JenisDokumen.of(versi.jenis()).flatMap(jenis -> dokumen.susun(jenis, new PkRef(versi.tenant(),
                versi.opd(), versi.tahun(), versi.per(), versi.revisi()), Sumber.Jenis.PERISTIWA));
    }

    /** The lines that differ, position by position: as held, and as the events give them now. */
    static List<HasilVerifikasi.BarisBerbeda> beda(List<String> tertulis, List<String> sekarang) {
        List<HasilVerifikasi.BarisBerbeda> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(tertulis.size(), sekarang.size()); i++) {
            String held = i < tertulis.size() ? tertulis.get(i) : null;
            String now = i < sekarang.size() ? sekarang.get(i) : null;
            if (held == null || !held.equals(now)) {
                lines.add(new HasilVerifikasi.BarisBerbeda(i + 1, held, now));
            }
        }
        return lines;
    }

    private static String hash(VersiDokumen versi, String tenant) {
        return versi.rantai().stream().filter(r -> r.tenant().equals(tenant)).map(VersiDokumen.Rantai::hash)
                .findFirst().orElse("");
    }

    private static String indonesian(String problem) {
        return switch (problem) {
            case "the stored event differs from what was chained when it was written" ->
                    "peristiwa yang tersimpan diubah setelah ditulis";
            case "the event of this link was deleted" -> "peristiwa pada tautan ini dihapus";
            default -> problem.startsWith("the chain ends") ? "rantai berakhir sebelum tautan yang disebut dokumen"
                    : "tautan hilang dari rantai";
        };
    }
}

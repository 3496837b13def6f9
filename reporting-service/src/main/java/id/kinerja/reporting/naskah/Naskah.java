package id.kinerja.reporting.naskah;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A document's content as lines of text, the same whatever format it is drawn in: its title, each heading and
 * paragraph, each table row with every cell printed as the document prints it, each signature block. Its SHA-256
 * is the document's fingerprint (sidik jari): a document rendered again from the same facts has the same one, and
 * a line-by-line comparison says what differs.
 */
public final class Naskah {

    private Naskah() {
    }

    public static List<String> baris(Dokumen dokumen) {
        List<String> lines = new ArrayList<>();
        dokumen.judul().forEach(judul -> lines.add("# " + judul));
        for (Dokumen.Blok blok : dokumen.isi()) {
            if (blok instanceof Dokumen.Subjudul subjudul) {
                lines.add("## " + subjudul.teks());
            } else if (blok instanceof Dokumen.Paragraf paragraf) {
                lines.addAll(List.of(paragraf.teks().split("\n", -1)));
            } else if (blok instanceof Dokumen.Tabel tabel) {
                lines.add("| " + String.join(" | ", tabel.kolom().stream().map(Dokumen.Kolom::judul).toList()));
                tabel.baris().forEach(row -> lines.add(row(tabel, row)));
                if (tabel.total() != null) {
                    lines.add(row(tabel, tabel.total()));
                }
            } else if (blok instanceof Dokumen.TandaTangan ttd) {
                lines.add(ttd.tempatTanggal());
                ttd.pihak().forEach(p -> lines.add(String.join(" / ", p.peran(), p.jabatan(), p.nama(),
                        p.pangkat() == null ? "" : p.pangkat(), p.nip() == null ? "" : p.nip())));
            }
        }
        return lines;
    }

    /** SHA-256 of the lines, as 64 hex digits. */
    public static String sidikJari(Dokumen dokumen) {
        return sidikJari(baris(dokumen));
    }

    /** SHA-256 of content lines (a document's, or as a file carries them), as 64 hex digits. */
    public static String sidikJari(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String row(Dokumen.Tabel tabel, List<Dokumen.Sel> cells) {
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            printed.add(Angka.sel(cells.get(i).nilai(), tabel.kolom().get(i).jenis()));
        }
        return "| " + String.join(" | ", printed);
    }
}

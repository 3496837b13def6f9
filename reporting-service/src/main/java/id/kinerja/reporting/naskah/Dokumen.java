package id.kinerja.reporting.naskah;

import id.kinerja.queryapi.dokumen.VersiDokumen;

import java.util.List;

/**
 * An official document as blocks — headings, paragraphs, tables, signature blocks — that every format renders the
 * same way: the builders decide what a document says, the renderers only how it looks.
 *
 * @param judul      the title lines, printed centred and bold
 * @param lanskap    A4 landscape (wide tables) or portrait
 * @param berkas     the file name without extension
 * @param pengesahan the data version every format prints, with where to check it; null until it is issued
 */
public record Dokumen(List<String> judul, boolean lanskap, List<Blok> isi, String berkas, Pengesahan pengesahan) {

    public Dokumen(List<String> judul, boolean lanskap, List<Blok> isi, String berkas) {
        this(judul, lanskap, isi, berkas, null);
    }

    /** The document as issued: with its data version and the address where anyone can check it. */
    public Dokumen dengan(Pengesahan pengesahan) {
        return new Dokumen(judul, lanskap, isi, berkas, pengesahan);
    }

    /**
     * What makes a printed document checkable: its data version, the verification address (also in the QR code),
     * the text every format prints with them, and the short line at the foot of every page.
     */
    public record Pengesahan(VersiDokumen versi, String tautan, String teks, String kaki) {
    }

    /** One block of a document. */
    public sealed interface Blok permits Subjudul, Paragraf, Tabel, TandaTangan {
    }

    public record Subjudul(String teks) implements Blok {
    }

    public record Paragraf(String teks) implements Blok {
    }

    /**
     * A table whose header repeats on every page; {@code total} is the last row, printed bold, or null.
     */
    public record Tabel(List<Kolom> kolom, List<List<Sel>> baris, List<Sel> total) implements Blok {
    }

    /** A column: its heading, how its cells are formatted, and its share of the page width in percent. */
    public record Kolom(String judul, Jenis jenis, int lebar) {
    }

    public enum Jenis {
        /** Text, left aligned. */
        TEKS,
        /** A target or realisasi: a number in Indonesian notation, or a predikat. */
        NILAI,
        /** Whole rupiah with thousands dots. */
        RUPIAH,
        /** A percentage with two decimals. */
        PERSEN
    }

    /**
     * A cell: text, a {@link java.math.BigDecimal} or {@link Long}, or null for "-"; {@code tebal} prints it bold
     * (program and sasaran lines), {@code tingkat} indents it (kegiatan under program, sub kegiatan under kegiatan).
     */
    public record Sel(Object nilai, boolean tebal, int tingkat) {

        public static Sel of(Object nilai) {
            return new Sel(nilai, false, 0);
        }

        public static Sel tebal(Object nilai) {
            return new Sel(nilai, true, 0);
        }
    }

    /** Signature blocks side by side: Pihak Kedua on the left, Pihak Pertama on the right, as the seeds print. */
    public record TandaTangan(String tempatTanggal, List<Penanda> pihak) implements Blok {
    }

    /** One signatory: the role printed above ("PIHAK PERTAMA"), position, name, rank and NIP. */
    public record Penanda(String peran, String jabatan, String nama, String pangkat, String nip) {
    }
}

package id.kinerja.command.impor;

import java.util.List;

/**
 * The layout shared by the spreadsheet template and its reader, mirroring the Rencana Aksi (002) and Capaian
 * (000) tables users keep: one sheet per table, a header row, one line per indicator or sub kegiatan.
 */
final class Spreadsheet {

    static final String IDENTITY = "Identitas";
    static final String RENCANA_AKSI = "Rencana Aksi";
    static final String REALISASI = "Realisasi";
    static final String ANGGARAN = "Realisasi Anggaran";

    /** Identity cells: column B of rows 2–4 of the identity sheet. */
    static final int ROW_PEMDA = 1;
    static final int ROW_OPD = 2;
    static final int ROW_YEAR = 3;

    static final List<String> RENCANA_AKSI_HEADER = List.of("Kode Indikator", "Indikator", "Satuan", "Target Tahunan",
            "TW I", "TW II", "TW III", "TW IV", "Penanggung Jawab");
    static final List<String> QUARTERS = List.of("TW1", "TW2", "TW3", "TW4");
    static final int FIRST_QUARTER_COLUMN = 4;
    static final int RESPONSIBLE_COLUMN = 8;

    static final List<String> REALISASI_HEADER = List.of("Kode Indikator", "Indikator", "Satuan", "Periode",
            "Realisasi", "Belum tersedia karena", "Kendala", "Tindak Lanjut");
    static final int VALUE_COLUMN = 4;
    static final int PENDING_COLUMN = 5;
    static final int KENDALA_COLUMN = 6;
    static final int TINDAK_LANJUT_COLUMN = 7;

    static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT",
            "NOV", "DES");
    static final int FIRST_MONTH_COLUMN = 3;

    private Spreadsheet() {
    }

    static String cell(String sheet, int row, int column) {
        return sheet + "!" + columnLetter(column) + (row + 1);
    }

    private static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}

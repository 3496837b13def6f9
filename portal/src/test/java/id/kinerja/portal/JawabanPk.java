package id.kinerja.portal;

/**
 * The services' answers for Badung's PK 2023 (a perangkat daerah "diskopukmp"), as the pages of one PK ask for them:
 * the PK, its recorded moments, capaian, monthly budget, Rencana Aksi, the statuses of its periods and the
 * verification statuses of the daerah.
 */
final class JawabanPk {

    static final String API = "/api/tenants/51.03/opd/diskopukmp/pk/2023";
    static final String PAGE = "/daerah/51.03/opd/diskopukmp/pk/2023";

    private JawabanPk() {
    }

    static void badung(LayananPalsu services) {
        services.jawab("GET", API, """
                {"tenant":"51.03","pemdaName":"Kabupaten Badung","opd":"diskopukmp","opdName":"Dinas Koperasi","year":2023,
                 "status":"DIUBAH","revisiBerlaku":{"revision":1,"jenis":"PK_PERUBAHAN","reason":"PERUBAHAN_PRIORITAS_ASUMSI",
                 "signedOn":"2023-09-22","effectiveDate":"2023-09-22","recordedAt":"2023-09-22T02:00:00Z"},
                 "sasaran":[{"code":"S1","name":"Meningkatnya Koperasi Sehat","indicators":[{"code":"IKU-1.1",
                 "name":"Persentase Koperasi Sehat","unit":"%","polarity":"HIGHER_IS_BETTER","target":7.00}],
                 "programs":[{"code":"P01","name":"Program Pengawasan","indicators":[],"kegiatan":[{"code":"P01.K1",
                 "name":"Pemeriksaan","indicators":[],"subKegiatan":[{"code":"P01.K1.S1","name":"Pemeriksaan Kepatuhan",
                 "indicators":[],"pagu":22243685702}],"pagu":22243685702}],"pagu":22243685702}],"pagu":22243685702}],
                 "totalPagu":22243685702}""");
        services.jawab("GET", API + "/momen", """
                [{"recordedAt":"2023-01-31T02:00:00Z","jenis":"PK ditandatangani","ringkasan":"PK induk","jumlah":1},
                 {"recordedAt":"2023-09-22T02:00:00Z","jenis":"PK Perubahan ditandatangani","ringkasan":"PK Perubahan 1","jumlah":1}]""");
        services.jawab("GET", API + "/capaian", """
                {"period":"JAN","rumusPolaritas":"realisasi / target × 100","indicators":[{"level":"SASARAN","nodeCode":"S1",
                 "code":"IKU-1.1","name":"Persentase Koperasi Sehat","unit":"%","polarity":"HIGHER_IS_BETTER","target":7.00,
                 "realisasi":7.5,"status":"ADA","capaian":107.14,"keterangan":"melebihi target","kategori":"Sangat Tinggi"}],
                 "sasaran":[],"rataRataOpd":{"rataRata":107.14,"dihitung":1,"jumlahDikecualikan":0}}""");
        services.jawab("GET", API + "/anggaran/bulanan", """
                {"pagu":22243685702,"bulan":[""" + months() + """
                ],"subKegiatan":[{"programCode":"P01","kegiatanCode":"P01.K1","code":"P01.K1.S1",
                 "name":"Pemeriksaan Kepatuhan","pagu":22243685702,"bulan":[{"period":"JAN","rencana":1000000000,
                 "realisasi":900000000},{"period":"FEB","rencana":1000000000,"realisasi":900000000},
                 {"period":"MAR","rencana":1000000000}]}]}""");
        services.jawab("GET", API + "/periode", periode("TERBUKA", "TERBUKA"));
        services.jawab("GET", API + "/rencana-aksi", """
                {"indikator":[{"code":"IKU-1.1","name":"Persentase Koperasi Sehat","unit":"%","targetTahunan":7.00,
                 "granularity":"BULAN","periode":[{"period":"JAN","target":7.00,"realisasi":7.5},
                 {"period":"FEB","target":7.00}],"penanggungJawab":"Kepala Bidang"}]}""");
        services.jawab("GET", "/api/tenants/51.03/verifikasi", """
                [{"opd":"diskopukmp","opdName":"Dinas Koperasi","year":2023,"period":"JAN","status":"DIKEMBALIKAN",
                  "indikator":1,"realisasiTerakhir":"2023-02-01T00:00:00Z","hasil":"DIKEMBALIKAN",
                  "catatan":"Lampirkan bukti dukung","verifier":"verifikator.badung","diputuskan":"2023-02-03T00:00:00Z"}]""");
    }

    /** The statuses of the periods the perangkat daerah reports: January and February, the first triwulan, the year. */
    static String periode(String triwulanI, String tahun) {
        StringBuilder out = new StringBuilder("[");
        String[][] periods = {{"JAN", "DIKEMBALIKAN"}, {"FEB", "TERBUKA"}, {"TW1", triwulanI}, {"TAHUN", tahun}};
        for (String[] period : periods) {
            out.append(out.length() == 1 ? "" : ",").append("""
                    {"tenant":"51.03","opd":"diskopukmp","year":2023,"period":"%s","status":"%s",
                     "keadaan":"BELUM_JATUH_TEMPO","terlambat":false}""".formatted(period[0], period[1]));
        }
        return out.append(']').toString();
    }

    private static String months() {
        StringBuilder out = new StringBuilder();
        String[] codes = {"JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"};
        for (int i = 0; i < 12; i++) {
            long plan = 1_000_000_000L * (i + 1);
            long spent = i < 2 ? 900_000_000L * (i + 1) : 0;
            out.append(i == 0 ? "" : ",").append("{\"period\":\"").append(codes[i]).append("\",\"rencana\":1000000000,")
                    .append("\"realisasi\":").append(i < 2 ? 900_000_000L : 0).append(",\"rencanaKumulatif\":")
                    .append(plan).append(",\"realisasiKumulatif\":").append(i < 2 ? spent : 1_800_000_000L)
                    .append(",\"serapanKumulatif\":8.09,\"terhadapRencanaKumulatif\":90.00}");
        }
        return out.toString();
    }
}

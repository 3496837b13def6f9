package id.kinerja.command.impor;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.common.Periode;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.command.web.Api;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports over HTTP against a real PostgreSQL: a planning year of Badung's Dinas Koperasi (seed 004, two of its
 * programs) is stored whole with its PK Perubahan; a broken file is refused at its line and stores nothing; a dry
 * run checks every rule and stores nothing.
 * Uses tenant 51.03 under its own OPD code so it never meets the other tests sharing the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
public class ImportApiTest {

    public static final String FILE = """
            format: kinerja-import/1
            source: "Seed 004, Badung 2023, two programs of the lampiran"
            provinsi: {code: "51", name: Provinsi Bali}
            pemda: {code: "51.03", name: Kabupaten Badung, jenis: KABUPATEN}
            opd: {code: impor-diskop, name: "Dinas Koperasi, Usaha Kecil Menengah dan Perdagangan"}
            renstra:
              firstYear: 2021
              lastYear: 2026
              tujuan:
                - code: T1
                  name: Meningkatnya perekonomian daerah
                  indicators: []
                  sasaran:
                    - code: S1
                      name: Meningkatnya Jumlah Koperasi Sehat dan Aktif
                      indicators:
                        - {code: IKU-1.1, name: Persentase Koperasi Sehat, unit: "%", polarity: HIGHER_IS_BETTER, combination: LEVEL, scale: ANGKA}
              targets:
                IKU-1.1: {2023: 7.00, end: 10.00}
            pk:
              year: 2023
              programs:
                - code: P01
                  sasaran: S1
                  name: Program Pelayanan Izin Usaha Simpan Pinjam
                  indicators: []
                  kegiatan:
                    - code: P01.K1
                      name: Penerbitan Izin Usaha Simpan Pinjam
                      indicators: []
                      subKegiatan:
                        - {code: P01.K1.S1, name: Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam, indicators: [], pagu: 2574497}
                - code: P04
                  sasaran: S1
                  name: Program Pengawasan dan Pemeriksaan Koperasi
                  indicators: []
                  kegiatan:
                    - code: P04.K1
                      name: Pemeriksaan dan Pengawasan Koperasi
                      indicators: []
                      subKegiatan:
                        - {code: P04.K1.S1, name: Pengawasan Kekuatan dan Kesehatan Koperasi, indicators: [], pagu: 49176423}
                        - {code: P04.K1.S2, name: Pemeriksaan Kepatuhan Koperasi, indicators: [], pagu: 60934363}
              targets: {IKU-1.1: 7.00}
              signed:
                signedOn: 2023-01-31
                place: Mangupura
                pihakPertama: {name: "I Made Widiana, S.Sos., M.Si.", position: Kepala Dinas, rank: Pembina Tk. I, nip: "19650310 198602 1 004"}
                pihakKedua: {name: I Nyoman Giri Prasta, position: Bupati Badung}
            rencanaAksi:
              - indicator: IKU-1.1
                responsible: Kepala Bidang Koperasi
                targets: {TW1: 7.00, TW2: 7.00, TW3: 7.00, TW4: 7.00}
            perubahan:
              - reason: PERUBAHAN_PRIORITAS_ASUMSI
                explanation: Penyesuaian dengan APBD Perubahan 2023
                effectiveDate: 2023-09-22
                signedOn: 2023-09-22
                place: Mangupura
                pihakPertama: {name: "I Made Widiana, S.Sos., M.Si.", position: Kepala Dinas}
                pihakKedua: {name: I Nyoman Giri Prasta, position: Bupati Badung}
                kegiatan:
                  - program: P01
                    code: P01.K2
                    name: Penerbitan Izin Pembukaan Kantor Cabang Koperasi Simpan Pinjam
                    indicators: []
                    subKegiatan: [{code: P01.K2.S1, name: Fasilitasi Izin Pembukaan Kantor Cabang, indicators: [], pagu: 612123}]
                pagu: {P04.K1.S1: 54843431}
            realisasi:
              - {indicator: IKU-1.1, period: TW1, value: 6.80}
            realisasiAnggaran:
              P04.K1.S2: {kumulatif: {JAN: 5000000, FEB: 12500000}}
            kendala:
              - {indicator: IKU-1.1, period: TW1, kendala: "Tiga koperasi belum menyelenggarakan RAT", tindakLanjut: "Pendampingan RAT oleh bidang koperasi"}
            stated:
              - {figure: target, key: IKU-1.1, value: 8.00, where: "BAB II Tabel 1"}
            narrative:
              kesimpulan: Capaian kinerja koperasi sehat sesuai target.
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port, "operator.impor", jdbc);
    }

    @Test
    void a_broken_file_is_refused_at_its_line_and_stores_nothing() {
        String file = FILE.replace("impor-diskop", "impor-rusak");
        JsonNode negativePagu = api.refused("POST", "/api/import", file.replace("pagu: 60934363", "pagu: -1"),
                422, "amount-negative", "pagu");
        assertThat(negativePagu.path("path").asText()).isEqualTo("pk.programs[1].kegiatan[0].subKegiatan[1].pagu");
        assertThat(negativePagu.path("line").asInt()).isEqualTo(lineOf("pagu: 60934363"));

        JsonNode thousands = api.refused("POST", "/api/import", file.replace("pagu: 612123", "pagu: 612.123,00"),
                400, "malformed", null);
        assertThat(thousands.path("path").asText()).isEqualTo("perubahan[0].kegiatan[0].subKegiatan[0].pagu");

        api.refused("POST", "/api/import", file.replace("{TW1: 7.00, TW2: 7.00, TW3: 7.00, TW4: 7.00}",
                "{TW1: 7.00, TW2: 7.00, TW3: 7.00, TW4: 6.50}"), 422, "rencana-aksi-disagrees", "targets");
        api.refused("POST", "/api/import", file.replace("- program: P01", "- program: P99"),
                422, "program-unknown", "newKegiatan[0].programCode");
        api.refused("POST", "/api/import", file.replace("targets: {IKU-1.1: 7.00}", "targets: {IKU-1.1: \"7 %\"}"),
                400, "malformed", null);
        JsonNode noKendala = api.refused("POST", "/api/import", file.replace("kendala: \"Tiga koperasi", "x: \"Tiga"),
                422, "required", "kendala");
        assertThat(noKendala.path("path").asText()).isEqualTo("kendala[0]");
        api.refused("POST", "/api/import", file.replace("format: kinerja-import/1", "format: excel"),
                400, "format-version", null);
        JsonNode decreasing = api.refused("POST", "/api/import", file.replace("FEB: 12500000", "FEB: 4000000"),
                422, "cumulative-decreasing", null);
        assertThat(decreasing.path("path").asText()).isEqualTo("realisasiAnggaran.P04.K1.S2.kumulatif.FEB");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE "
                + "'51.03/impor-rusak%'", Long.class)).isZero();
    }

    @Test
    void a_dry_run_applies_every_rule_and_stores_nothing() {
        String file = FILE.replace("impor-diskop", "impor-coba");
        for (int attempt = 0; attempt < 2; attempt++) {
            Api.Response checked = api.send("POST", "/api/import?dryRun=true", file);
            assertThat(checked.status()).as(checked.body()).isEqualTo(200);
            assertThat(checked.json().path("dryRun").asBoolean()).isTrue();
            assertThat(checked.json().path("commandsApplied").asInt()).isPositive();
        }
        api.refused("POST", "/api/import?dryRun=true", file.replace("pagu: 60934363", "pagu: -1"),
                422, "amount-negative", "pagu");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE "
                + "'51.03/impor-coba%'", Long.class)).isZero();
    }

    @Test
    void a_planning_year_is_stored_whole_with_its_perubahan() {
        Api.Response response = api.send("POST", "/api/import", FILE);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode report = response.json();
        assertThat(report.path("pk").asText()).isEqualTo("51.03/impor-diskop/pk/2023");
        assertThat(report.path("milestones")).hasSize(2);
        assertThat(totalPagu("51.03/impor-diskop/pk/2023")).isEqualTo(2_574_497L + 54_843_431L + 60_934_363L + 612_123L);
        assertThat(eventStore.readEvents("51.03/impor-diskop/pk/2023").asStream().map(DomainEventMessage::getPayload)
                .filter(RealisasiAnggaranRecorded.class::isInstance).map(RealisasiAnggaranRecorded.class::cast)
                .map(spent -> spent.month() + "=" + spent.amount().amount()))
                .as("running totals become each month's spending").containsExactly("JAN=5000000", "FEB=7500000");
        assertThat(eventStore.readEvents("51.03/impor-diskop/pk/2023").asStream().map(DomainEventMessage::getPayload)
                .filter(KendalaRecorded.class::isInstance).map(Object.class::cast)).containsExactly(new KendalaRecorded(PerjanjianKinerjaId.parse(
                "51.03/impor-diskop/pk/2023"), "IKU-1.1", Periode.TW1, "Tiga koperasi belum menyelenggarakan RAT",
                "Pendampingan RAT oleh bidang koperasi"));

        api.refused("POST", "/api/import", FILE, 409, "already-exists", "year");
    }

    private long totalPagu(String pk) {
        Map<String, Long> pagu = new HashMap<>();
        eventStore.readEvents(pk).asStream().map(DomainEventMessage::getPayload).forEach(payload -> {
            if (payload instanceof PaguSet set) {
                pagu.put(set.subKegiatanCode(), set.pagu().amount());
            } else if (payload instanceof PerjanjianKinerjaAmended amended) {
                amended.pagu().forEach(line -> pagu.put(line.subKegiatanCode(), line.after().amount()));
            }
        });
        return pagu.values().stream().mapToLong(Long::longValue).sum();
    }

    private static int lineOf(String text) {
        String[] lines = FILE.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text);
    }
}

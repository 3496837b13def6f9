package id.kinerja.command.pk;

import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.command.web.Api;
import id.kinerja.demo.Scenario;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.DevTokens;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Badung's 2023 Perjanjian Kinerja (seed 004) told to the command API over HTTP against a real PostgreSQL:
 * drafted, signed with a total pagu of Rp 19.878.378.920, amended on 22 September 2023 to Rp 22.243.685.702,
 * then realisasi recorded. At every stage the mistakes a user makes are refused with a precise problem and
 * leave the event store untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class BadungPerjanjianKinerjaApiTest {

    private static final String PK_ID = "51.03/diskopukmp/pk/2023";
    private static final String OPD = "/api/tenants/51.03/opd/diskopukmp";
    private static final String PK = OPD + "/pk/2023";
    private static final String ACTOR = "operator.diskopukmp";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private ScenarioRunner runner;
    private final Scenario badung = Scenario.load("badung-2023");

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port, ACTOR, jdbc);
        runner = new ScenarioRunner(api.baseUrl(), new DevTokens(DevIssuer.shared(), ACTOR)::forRequest);
    }

    @Test
    void badung_2023_from_draft_through_signing_and_perubahan_to_realisasi() {
        List<Scenario.Step> induk = badung.phase("induk");
        Scenario.Step signing = induk.get(induk.size() - 1);
        runner.run(induk.subList(0, induk.size() - 1));

        draftMistakesAreRefused();
        runner.run(signing);
        assertThat(totalPagu()).isEqualTo(19_878_378_920L);
        assertThat(payloads(PerjanjianKinerjaSigned.class)).singleElement()
                .satisfies(signed -> assertThat(signed.pihakKedua().name()).isEqualTo("I Nyoman Giri Prasta"));

        signedPkRefusesDirectEditsAndBadAmendments();
        runner.run(badung.phase("perubahan"));
        assertThat(totalPagu()).isEqualTo(22_243_685_702L);
        PerjanjianKinerjaAmended perubahan = payloads(PerjanjianKinerjaAmended.class).get(0);
        assertThat(perubahan.revision()).isEqualTo(1);
        assertThat(perubahan.pagu()).anySatisfy(line -> {
            assertThat(line.subKegiatanCode()).isEqualTo("P13.K1.S1");
            assertThat(line.before().amount()).isEqualTo(16_787_140_098L);
            assertThat(line.after().amount()).isEqualTo(18_594_076_875L);
        });

        realisasiMistakesAreRefused();
        runner.run(badung.phase("realisasi"));
        assertThat(payloads(RealisasiRecorded.class)).singleElement()
                .satisfies(r -> assertThat(r.value().angka()).isEqualByComparingTo("5.40"));

        everyEventCarriesTenantActorAndTime();
    }

    private void draftMistakesAreRefused() {
        api.refused("POST", OPD + "/pk", """
                {"year": 2023, "renstraPeriod": "2021-2026"}""", 409, "already-exists", "year");
        api.refused("POST", OPD + "/pk", """
                {"year": 2027, "renstraPeriod": "2021-2026"}""", 422, "year-outside-period", "year");
        api.refused("POST", PK + "/program", """
                {"code": "P99", "sasaranCode": "S9", "name": "Program tanpa sasaran", "indicators": []}""",
                422, "sasaran-unknown", "program.sasaranCode");
        api.refused("PUT", PK + "/indikator/IKU-1.1/target", """
                {"target": "A"}""", 422, "value-scale", "target");
        api.refused("PUT", PK + "/sub-kegiatan/P01.K1.S1/pagu", """
                {"pagu": -1}""", 422, "amount-negative", "pagu");
        api.refused("PUT", PK + "/sub-kegiatan/P01.K1.S1/pagu", """
                {"pagu": 2574497.50}""", 400, "malformed", "pagu");
        api.refused("POST", PK + "/tanda-tangan", """
                {"signedOn": "2021-12-31", "place": "Mangupura",
                 "pihakPertama": {"name": "I Made Widiana, S.Sos., M.Si.", "position": "Kepala Dinas"},
                 "pihakKedua": {"name": "I Nyoman Giri Prasta", "position": "Bupati Badung"}}""",
                422, "signed-on-year", "signedOn");
        api.refused("POST", PK + "/tanda-tangan", """
                {"signedOn": "2023-01-31", "place": "Mangupura",
                 "pihakKedua": {"name": "I Nyoman Giri Prasta", "position": "Bupati Badung"}}""",
                400, "not-null", "pihakPertama");
    }

    private void signedPkRefusesDirectEditsAndBadAmendments() {
        api.refused("PUT", PK + "/sub-kegiatan/P01.K1.S1/pagu", """
                {"pagu": 3186620}""", 422, "pk-signed", null);
        api.refused("POST", PK + "/perubahan", amendment("PERUBAHAN_PRIORITAS_ASUMSI", "2024-01-02",
                "[{\"subKegiatanCode\": \"P13.K1.S1\", \"pagu\": 18594076875}]"), 422, "effective-date-year",
                "effectiveDate");
        api.refused("POST", PK + "/perubahan", amendment("PERUBAHAN_PRIORITAS_ASUMSI", "2023-09-22",
                "[{\"subKegiatanCode\": \"P77.K1.S1\", \"pagu\": 1}]"), 422, "sub-kegiatan-unknown",
                "pagu[0].subKegiatanCode");
        api.refused("POST", PK + "/perubahan", amendment("PERUBAHAN_PRIORITAS_ASUMSI", "2023-09-22",
                "[{\"subKegiatanCode\": \"P13.K1.S1\", \"pagu\": 16787140098}]"), 422, "amendment-empty", "targets");
        api.refused("POST", PK + "/perubahan", amendment("PERGANTIAN_PEJABAT", "2023-09-22", "[]"),
                422, "official-unchanged", "pihakPertama");
        api.refused("POST", PK + "/perubahan", amendment("ALASAN_LAIN", "2023-09-22", "[]"),
                400, "malformed", "reason");
    }

    private void realisasiMistakesAreRefused() {
        api.refused("PUT", PK + "/rencana-aksi/IKU-3.2", """
                {"targets": [{"period": "TW1", "target": 5}, {"period": "TW2", "target": 10},
                             {"period": "TW3", "target": 15}, {"period": "TW4", "target": 18}],
                 "responsible": "Kepala Bidang Perdagangan"}""", 422, "rencana-aksi-disagrees", "targets");
        api.refused("PUT", PK + "/rencana-aksi/IKU-3.2", """
                {"targets": [{"period": "TW1", "target": 5}, {"period": "MAR", "target": 20}],
                 "responsible": "Kepala Bidang Perdagangan"}""", 422, "period-mixed", "targets[1].period");
        api.refused("PUT", PK + "/realisasi-anggaran/P11.K1.S1/JAN", """
                {"amount": 551124939}""", 422, "realisasi-exceeds-pagu", "amount");
        api.refused("PUT", PK + "/realisasi/IKU-3.2/TW1", """
                {"pendingReason": null}""", 422, "value-or-pending", "value");
        api.refused("PUT", PK + "/realisasi/IKU-9.9/TW1", """
                {"value": 1}""", 422, "indicator-unknown", "indicatorCode");
        api.refused("PUT", PK + "/realisasi/IKU-3.2/TW5", """
                {"value": 1}""", 400, "malformed", "period");
    }

    private static String amendment(String reason, String effectiveDate, String pagu) {
        return """
                {"reason": "%s", "explanation": "Penyesuaian APBD Perubahan 2023",
                 "effectiveDate": "%s", "signedOn": "2023-09-22", "place": "Mangupura",
                 "pihakPertama": {"name": "I Made Widiana, S.Sos., M.Si.", "position": "Kepala Dinas",
                                  "rank": "Pembina Tk. I", "nip": "19650310 198602 1 004"},
                 "pihakKedua": {"name": "I Nyoman Giri Prasta", "position": "Bupati Badung"},
                 "pagu": %s}""".formatted(reason, effectiveDate, pagu);
    }

    private void everyEventCarriesTenantActorAndTime() {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(PK_ID).asStream().toList();
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getMetaData()).containsEntry("tenant", "51.03").containsEntry("actor", ACTOR);
            assertThat(event.getTimestamp()).isNotNull();
        });
    }

    /** The OPD's total pagu, derived from the sub kegiatan pagu as the PK's events state them. */
    private long totalPagu() {
        Map<String, Long> pagu = new HashMap<>();
        eventStore.readEvents(PK_ID).asStream().map(DomainEventMessage::getPayload).forEach(payload -> {
            if (payload instanceof PaguSet set) {
                pagu.put(set.subKegiatanCode(), set.pagu().amount());
            } else if (payload instanceof PerjanjianKinerjaAmended amended) {
                amended.pagu().forEach(line -> pagu.put(line.subKegiatanCode(), line.after().amount()));
            }
        });
        return pagu.values().stream().mapToLong(Long::longValue).sum();
    }

    private <T> List<T> payloads(Class<T> type) {
        return eventStore.readEvents(PK_ID).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).toList();
    }
}

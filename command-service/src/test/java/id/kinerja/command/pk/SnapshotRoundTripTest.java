package id.kinerja.command.pk;

import id.kinerja.api.EventJson;
import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.kinerja.command.pk.BadungPk.BUPATI;
import static id.kinerja.command.pk.BadungPk.KEPALA_DINAS;
import static id.kinerja.command.pk.BadungPk.PK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of events is loaded from a snapshot (every 250 events): the aggregate's whole state — cascade,
 * targets, pagu, revision, Rencana Aksi, realisasi ledger, the reporting cycle, bukti dukung, kendala — survives the JSON serializer the event store
 * uses.
 */
class SnapshotRoundTripTest {

    @Test
    void a_signed_amended_pk_with_realisasi_survives_a_json_round_trip() {
        List<Object> history = new ArrayList<>(BadungPk.signed());
        history.add(new RencanaAksiSet(PK, "SK-1", List.of(new PeriodTarget(Periode.TW1, Nilai.of("70")),
                new PeriodTarget(Periode.TW2, Nilai.of("585")), new PeriodTarget(Periode.TW3, Nilai.of("120")),
                new PeriodTarget(Periode.TW4, Nilai.of("170"))), "Kepala Bidang Perdagangan", null, 0));
        history.add(new RealisasiRecorded(PK, "SK-1", Periode.TW1, Nilai.of("72"), null, Map.of(), null, null));
        history.add(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.JAN, Rupiah.of(2_000_000)));
        history.add(new BuktiDukungAttached(PK, BuktiUntuk.realisasi("SK-1", Periode.TW1),
                new Berkas("e1".repeat(32), "berita-acara.pdf", 120_000, "application/pdf")));
        history.add(new KendalaRecorded(PK, "SK-1", Periode.TW1, "Alat tera rusak", "Pengadaan alat baru"));
        history.add(new PeriodeSubmitted(PK, Periode.TW1, null, LocalDate.of(2023, 4, 15), false));
        history.add(new VerifikasiRecorded(PK, Periode.TW1, HasilVerifikasi.DIKEMBALIKAN, "Lampirkan bukti dukung"));
        history.add(new PerjanjianKinerjaAmended(PK, 1, AlasanPerubahan.PERUBAHAN_STRATEGI, "APBD Perubahan",
                LocalDate.of(2023, 9, 22), LocalDate.of(2023, 9, 22), "Mangupura", KEPALA_DINAS, BUPATI, List.of(),
                List.of(), List.of(), List.of(), List.of(new PaguAmendment("P01.K1.S1", BadungPk.PAGU_P01,
                Rupiah.of(2_100_000)))));

        AggregateTestFixture<PerjanjianKinerja> fixture = PkFixtures.tanpaJadwal();
        PerjanjianKinerja[] original = new PerjanjianKinerja[1];
        fixture.given(history).when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.FEB, Rupiah.of(50_000)))
                .expectSuccessfulHandlerExecution()
                .expectState(state -> original[0] = state);

        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();
        SerializedObject<byte[]> snapshot = serializer.serialize(original[0], byte[].class);
        PerjanjianKinerja restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(original[0]);
        assertThat(restored.outline()).isEqualTo(original[0].outline());
        assertThat(restored.buktiDukung("e1".repeat(32))).isPresent();
    }
}

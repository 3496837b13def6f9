package id.kinerja.query.provinsi;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.query.support.EventStream;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province roll-up lines programs up by their national code, not by how each daerah prints the name: Badung's
 * "… Usaha Kecil dan Usaha Mikro (UMKM)" (recorded with its code) and Buleleng's "… Usaha Kecil, dan Usaha Mikro
 * (UMKM)" (recorded before codes existed, found by name) are one program, 2.17.07. Programs without a known code
 * fall back to their name, case, punctuation and spacing ignored, and say so.
 */
class RekapNomenklaturTest extends ReadModelTest {

    @Test
    void the_same_program_printed_two_ways_is_one_line_of_the_roll_up() {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(EventStream.envelope(new PemerintahDaerahRegistered(TenantId.of("63"), "Provinsi Kalimantan Selatan",
                JenisDaerah.PROVINSI), Instant.parse("2023-01-01T00:00:00Z")));
        events.addAll(kabupaten("63.01", "Kabupaten Satu", new Program("P06", "S1",
                "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)", List.of(), "2.17.07"),
                "Program Pengembangan Pariwisata", 1_000_000));
        events.addAll(kabupaten("63.02", "Kabupaten Dua", new Program("P05", "S1",
                "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)", List.of()),
                "PROGRAM  PENGEMBANGAN PARIWISATA.", 2_000_000));
        publishAndWait(events);

        JsonNode rekap = http.getForObject("/api/provinsi/63/rekap/2023", JsonNode.class);
        List<JsonNode> umkm = new ArrayList<>();
        rekap.get("program").forEach(p -> {
            if (p.get("name").asText().contains("UMKM")) {
                umkm.add(p);
            }
        });
        assertThat(umkm).hasSize(1);
        assertThat(umkm.get(0).get("kode").asText()).isEqualTo("2.17.07");
        assertThat(umkm.get(0).get("dicocokkan").asText()).isEqualTo("KODE");
        assertThat(umkm.get(0).get("name").asText())
                .isEqualTo("Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)");
        assertThat(umkm.get(0).get("perDaerah").get("63.01").get("pagu").asLong()).isEqualTo(1_000_000L);
        assertThat(umkm.get(0).get("perDaerah").get("63.02").get("pagu").asLong()).isEqualTo(2_000_000L);
        assertThat(umkm.get(0).get("pagu").asLong()).isEqualTo(3_000_000L);

        JsonNode pariwisata = null;
        for (JsonNode p : rekap.get("program")) {
            if (p.get("name").asText().toLowerCase().contains("pariwisata")) {
                assertThat(pariwisata).as("one line for both spellings").isNull();
                pariwisata = p;
            }
        }
        assertThat(pariwisata).isNotNull();
        assertThat(pariwisata.get("dicocokkan").asText()).isEqualTo("NAMA");
        assertThat(pariwisata.get("kode").isNull()).isTrue();
        assertThat(pariwisata.get("perDaerah").size()).isEqualTo(2);
    }

    private static List<EventEnvelope> kabupaten(String tenant, String name, Program umkm, String pariwisata,
                                                 long pagu) {
        SmallPk pk = new SmallPk(tenant, "diskop", 2023, Instant.parse("2023-01-10T00:00:00Z"));
        SmallPk.EnvelopeList events = pk.start(name, List.of(SmallPk.sasaran("S1", "Sasaran",
                SmallPk.indicator("IKU-1", "Persentase koperasi sehat", Polarity.HIGHER_IS_BETTER))));
        events.add(new ProgramAdded(pk.pk(), umkm)).addAll(pk.budgetLine(umkm.code(), umkm.code() + ".K1.S1", pagu));
        events.add(pk.program("S1", "P09", pariwisata)).addAll(pk.budgetLine("P09", "P09.K1.S1", 500_000));
        events.add(pk.target("IKU-1", "80")).add(pk.signed());
        return events.envelopes();
    }
}

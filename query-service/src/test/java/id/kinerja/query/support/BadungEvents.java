package id.kinerja.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.EventJson;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetAmendment;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.renstra.RenstraDeclared;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.RenstraTargetSet;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.SasaranStrategisAdded;
import id.kinerja.api.renstra.Tujuan;
import id.kinerja.api.renstra.TujuanAdded;
import id.kinerja.demo.Scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Badung 2023 (demo-data's badung-2023 scenario, from seed 004) as the events the command side records for it:
 * each REST step becomes the event its command produces, with recorded times in the story's months — the PK
 * induk in January, the PK Perubahan on 22 Sep 2023, realisasi in October. The tenant code can be swapped to play
 * the same story for another daerah.
 */
public final class BadungEvents {

    public static final Instant INDUK_FROM = Instant.parse("2023-01-05T01:00:00Z");
    public static final Instant PERUBAHAN_AT = Instant.parse("2023-09-22T04:00:00Z");
    public static final Instant REALISASI_FROM = Instant.parse("2023-10-02T02:00:00Z");
    public static final long TOTAL_INDUK = 19_878_378_920L;
    public static final long TOTAL_PERUBAHAN = 22_243_685_702L;

    private static final ObjectMapper MAPPER = EventJson.mapper();
    private static final Pattern OPD_PATH = Pattern.compile("/api/tenants/([^/]+)/opd(?:/([^/]+)(/.*)?)?");

    private BadungEvents() {
    }

    /** The whole story for the tenant (Badung is 51.03); withPerubahan false stops at the signed PK induk. */
    public static List<EventEnvelope> envelopes(String tenant, boolean withPerubahan) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        State state = new State();
        Scenario scenario = Scenario.load("badung-2023");
        int induk = 0;
        int realisasi = 0;
        for (Scenario.Step step : scenario.steps()) {
            if (step.phase().equals("perubahan") && !withPerubahan) {
                continue;
            }
            Instant at = switch (step.phase()) {
                case "induk" -> INDUK_FROM.plusSeconds(60L * induk++);
                case "perubahan" -> PERUBAHAN_AT;
                default -> REALISASI_FROM.plusSeconds(60L * realisasi++);
            };
            Object event = event(step, tenant, state);
            envelopes.add(EventStream.envelope(event, at));
        }
        return envelopes;
    }

    private static final class State {
        final List<Tujuan> tujuan = new ArrayList<>();
        final List<SasaranStrategis> sasaran = new ArrayList<>();
        final Map<String, Nilai> targets = new HashMap<>();
        final Map<String, Rupiah> pagu = new HashMap<>();
    }

    private static Object event(Scenario.Step step, String tenant, State state) {
        String path = step.path().replace("/api/tenants/51.03", "/api/tenants/" + tenant);
        JsonNode body = step.body();
        if (path.equals("/api/tenants")) {
            String code = text(body, "code").equals("51.03") ? tenant : TenantId.of(tenant).provinsi().code();
            return new PemerintahDaerahRegistered(TenantId.of(code), text(body, "name")
                    + (code.equals(text(body, "code")) ? "" : " (" + code + ")"), JenisDaerah.valueOf(text(body, "jenis")));
        }
        Matcher m = OPD_PATH.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException("unexpected step " + path);
        }
        TenantId tenantId = TenantId.of(m.group(1));
        if (m.group(2) == null) {
            return new PerangkatDaerahRegistered(new OpdId(tenantId, text(body, "code")), text(body, "name"));
        }
        OpdId opd = new OpdId(tenantId, m.group(2));
        if (m.group(3) == null) {
            throw new IllegalArgumentException("unexpected step " + path);
        }
        String rest = m.group(3);
        String[] parts = rest.substring(1).split("/");
        if (parts[0].equals("renstra")) {
            if (parts.length == 1) {
                return new RenstraDeclared(new RenstraId(opd, body.get("firstYear").asInt(), body.get("lastYear").asInt()));
            }
            String[] years = parts[1].split("-");
            RenstraId renstra = new RenstraId(opd, Integer.parseInt(years[0]), Integer.parseInt(years[1]));
            if (parts[2].equals("tujuan")) {
                Tujuan tujuan = read(body, Tujuan.class);
                state.tujuan.add(tujuan);
                return new TujuanAdded(renstra, tujuan);
            }
            if (parts[2].equals("sasaran")) {
                SasaranStrategis sasaran = read(body, SasaranStrategis.class);
                state.sasaran.add(sasaran);
                return new SasaranStrategisAdded(renstra, sasaran);
            }
            return new RenstraTargetSet(renstra, parts[3], Integer.parseInt(parts[5]), read(body.get("target"),
                    Nilai.class), null, null);
        }
        if (parts.length == 1) {
            String[] years = text(body, "renstraPeriod").split("-");
            return new PerjanjianKinerjaDrafted(new PerjanjianKinerjaId(opd, body.get("year").asInt()),
                    new RenstraId(opd, Integer.parseInt(years[0]), Integer.parseInt(years[1])),
                    List.copyOf(state.tujuan), List.copyOf(state.sasaran));
        }
        PerjanjianKinerjaId pk = new PerjanjianKinerjaId(opd, Integer.parseInt(parts[1]));
        return switch (parts[2]) {
            case "program" -> new ProgramAdded(pk, read(body, Program.class));
            case "kegiatan" -> new KegiatanAdded(pk, read(body, Kegiatan.class));
            case "sub-kegiatan" -> {
                if (parts.length == 3) {
                    yield new SubKegiatanAdded(pk, read(body, SubKegiatan.class));
                }
                Rupiah pagu = Rupiah.of(body.get("pagu").asLong());
                Rupiah previous = state.pagu.put(parts[3], pagu);
                yield new PaguSet(pk, parts[3], pagu, previous);
            }
            case "indikator" -> {
                Nilai target = read(body.get("target"), Nilai.class);
                yield new TargetSet(pk, parts[3], target, state.targets.put(parts[3], target));
            }
            case "tanda-tangan" -> new PerjanjianKinerjaSigned(pk, 0, LocalDate.parse(text(body, "signedOn")),
                    text(body, "place"), read(body.get("pihakPertama"), Signatory.class),
                    read(body.get("pihakKedua"), Signatory.class));
            case "perubahan" -> amended(pk, body, state);
            case "rencana-aksi" -> {
                List<PeriodTarget> targets = new ArrayList<>();
                body.get("targets").forEach(t -> targets.add(new PeriodTarget(Periode.valueOf(text(t, "period")),
                        read(t.get("target"), Nilai.class))));
                yield new RencanaAksiSet(pk, parts[3], targets, text(body, "responsible"), null, 1);
            }
            case "realisasi" -> new RealisasiRecorded(pk, parts[3], Periode.valueOf(parts[4]),
                    read(body.get("value"), Nilai.class), null, null, null, null);
            case "realisasi-anggaran" -> new RealisasiAnggaranRecorded(pk, parts[3], Periode.valueOf(parts[4]),
                    Rupiah.of(body.get("amount").asLong()));
            default -> throw new IllegalArgumentException("unexpected step " + path);
        };
    }

    private static PerjanjianKinerjaAmended amended(PerjanjianKinerjaId pk, JsonNode body, State state) {
        List<TargetAmendment> targets = new ArrayList<>();
        body.get("targets").forEach(t -> {
            Nilai after = read(t.get("target"), Nilai.class);
            targets.add(new TargetAmendment(text(t, "indicatorCode"), state.targets.put(text(t, "indicatorCode"),
                    after), after));
        });
        List<PaguAmendment> pagu = new ArrayList<>();
        body.get("pagu").forEach(p -> {
            Rupiah after = Rupiah.of(p.get("pagu").asLong());
            pagu.add(new PaguAmendment(text(p, "subKegiatanCode"), state.pagu.put(text(p, "subKegiatanCode"), after),
                    after));
        });
        return new PerjanjianKinerjaAmended(pk, 1, AlasanPerubahan.valueOf(text(body, "reason")),
                text(body, "explanation"), LocalDate.parse(text(body, "effectiveDate")),
                LocalDate.parse(text(body, "signedOn")), text(body, "place"),
                read(body.get("pihakPertama"), Signatory.class), read(body.get("pihakKedua"), Signatory.class),
                list(body.get("newPrograms"), Program.class), list(body.get("newKegiatan"), Kegiatan.class),
                list(body.get("newSubKegiatan"), SubKegiatan.class), targets, pagu);
    }

    private static <T> List<T> list(JsonNode array, Class<T> type) {
        List<T> items = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> items.add(read(node, type)));
        }
        return items;
    }

    private static <T> T read(JsonNode node, Class<T> type) {
        try {
            return node == null || node.isNull() ? null : MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package id.kinerja.reporting.dokumen;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.common.Nilai;
import id.kinerja.reporting.pk.EventStorePk;
import id.kinerja.reporting.pk.PkData;
import id.kinerja.reporting.pk.PkRef;
import id.kinerja.reporting.pk.PkSource;
import id.kinerja.reporting.pk.QueryServicePk;
import id.kinerja.reporting.pk.RencanaAksiData;
import id.kinerja.reporting.query.QueryService;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what a document needs, as recorded at the time asked for, and has its builder compose it. The PK
 * documents can be folded from the raw events instead of the projections ({@code fromEvents}), for auditors.
 */
@Service
public class DokumenService {

    private final QueryServicePk projections;
    private final EventStorePk events;
    private final QueryService query;

    public DokumenService(QueryServicePk projections, EventStorePk events, QueryService query) {
        this.projections = projections;
        this.events = events;
        this.query = query;
    }

    /** The document, or empty when its PK (or, for a PK Perubahan, the amendment) did not exist by then. */
    public Optional<Dokumen> susun(JenisDokumen jenis, PkRef ref, boolean fromEvents) {
        PkSource source = fromEvents ? events : projections;
        Optional<PkData> pk = source.pk(ref);
        if (pk.isEmpty()) {
            return Optional.empty();
        }
        PkData data = pk.get();
        Instant asOf = ref.asOf();
        return switch (jenis) {
            case PERJANJIAN_KINERJA -> Optional.of(PerjanjianKinerjaDokumen.of(data, asOf));
            case PK_PERUBAHAN -> perubahan(source, ref, data);
            case RENCANA_AKSI -> (fromEvents ? events.rencanaAksi(ref) : Optional.of(rencanaAksi(ref)))
                    .map(plan -> RencanaAksiDokumen.of(data, plan, asOf));
            case CAPAIAN_RENCANA_AKSI -> {
                PerPeriode plan = perPeriode(ref);
                yield Optional.of(CapaianRencanaAksiDokumen.of(data, plan.periode(), plan.capaian(), anggaran(ref),
                        pelaporan(ref), asOf));
            }
            case LKJIP -> Optional.of(LkjipDokumen.of(data, capaian(ref, List.of("TAHUN")).get("TAHUN"),
                    read(ref, "/anggaran", "sampai", "DES"), read(ref, "/narasi", null, null), pelaporan(ref), asOf));
        };
    }

    private Optional<Dokumen> perubahan(PkSource source, PkRef ref, PkData sesudah) {
        if (sesudah.revisiBerlaku() == null || sesudah.revisiBerlaku().revision() == 0) {
            return Optional.empty();
        }
        int revision = sesudah.revisiBerlaku().revision();
        return source.pk(new PkRef(ref.tenant(), ref.opd(), ref.year(), ref.asOf(), revision - 1))
                .map(sebelum -> PkPerubahanDokumen.of(sebelum, sesudah, ref.asOf()));
    }

    private record PerPeriode(Periode periode, Map<String, JsonNode> capaian) {
    }

    /** By month when the Rencana Aksi plans any indicator by month (000), else by triwulan (002). */
    private PerPeriode perPeriode(PkRef ref) {
        Map<String, JsonNode> months = capaian(ref, Periode.BULAN.codes);
        boolean monthly = months.values().stream().anyMatch(view -> {
            for (JsonNode line : view.path("indicators")) {
                if (Json.nilai(line.path("target")) != null) {
                    return true;
                }
            }
            return false;
        });
        return monthly ? new PerPeriode(Periode.BULAN, months)
                : new PerPeriode(Periode.TRIWULAN, capaian(ref, Periode.TRIWULAN.codes));
    }

    /** The Rencana Aksi as query-service shows it: each period's target and the official the plan names. */
    private RencanaAksiData rencanaAksi(PkRef ref) {
        PerPeriode plan = perPeriode(ref);
        Map<String, Map<String, Nilai>> targets = new HashMap<>();
        Map<String, String> responsible = new HashMap<>();
        plan.capaian().forEach((period, view) -> view.path("indicators").forEach(line -> {
            String official = Json.text(line.path("penanggungJawab"));
            if (official != null) {
                String code = line.path("code").asText();
                JsonNode target = line.path("target");
                targets.computeIfAbsent(code, c -> new HashMap<>()).put(period,
                        target.isNull() || target.isMissingNode() ? null : query.convert(target, Nilai.class));
                responsible.put(code, official);
            }
        }));
        Map<String, RencanaAksiData.Rencana> perIndicator = new HashMap<>();
        targets.forEach((code, periods) -> perIndicator.put(code, new RencanaAksiData.Rencana(periods,
                responsible.get(code))));
        return new RencanaAksiData(plan.periode() == Periode.BULAN, perIndicator);
    }

    private Map<String, JsonNode> capaian(PkRef ref, List<String> periods) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        periods.forEach(period -> views.put(period, read(ref, "/capaian", "period", period)));
        return views;
    }

    /** The reporting cycle as of the document's time: each period's status, the kendala, the bukti dukung. */
    private Map<String, JsonNode> pelaporan(PkRef ref) {
        return Map.of("periode", read(ref, "/periode", null, null), "kendala", read(ref, "/kendala", null, null),
                "bukti", read(ref, "/bukti-dukung", null, null));
    }

    private Map<String, JsonNode> anggaran(PkRef ref) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        Periode.BULAN.codes.forEach(month -> views.put(month, read(ref, "/anggaran", "sampai", month)));
        return views;
    }

    private JsonNode read(PkRef ref, String path, String parameter, String value) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", ref.asOf());
        if (parameter != null) {
            parameters.put(parameter, value);
        }
        return query.get(QueryServicePk.PATH + path, Map.of("tenant", ref.tenant(), "opd", ref.opd(), "year", ref.year()),
                parameters).orElseThrow(() -> new IllegalStateException("query-service has the PK but not " + path));
    }

    /** A province's recap, or empty when the province is unknown. */
    public Optional<Dokumen> rekap(String provinsi, int year, Instant asOf) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", asOf);
        return query.get("/api/provinsi/{provinsi}/rekap/{year}", Map.of("provinsi", provinsi, "year", year),
                parameters).map(rekap -> RekapProvinsiDokumen.of(rekap, asOf));
    }
}

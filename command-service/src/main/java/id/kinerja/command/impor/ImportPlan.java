package id.kinerja.command.impor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.kinerja.api.EventJson;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.dokumen.FigureKind;
import id.kinerja.api.dokumen.RecordStatedFigure;
import id.kinerja.api.dokumen.WriteNarrative;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.nomenklatur.Nomenklatur.Level;
import id.kinerja.api.kendala.RecordKendala;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.RegisterPemerintahDaerah;
import id.kinerja.api.pemda.RegisterPerangkatDaerah;
import id.kinerja.api.pk.AddKegiatan;
import id.kinerja.api.pk.AddProgram;
import id.kinerja.api.pk.AddSubKegiatan;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.AmendPerjanjianKinerja;
import id.kinerja.api.pk.DraftPerjanjianKinerja;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.PaguChange;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.SetPagu;
import id.kinerja.api.pk.SetTarget;
import id.kinerja.api.pk.SignPerjanjianKinerja;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.TargetChange;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.SetRencanaAksi;
import id.kinerja.api.rencanaaksi.SetRencanaAnggaran;
import id.kinerja.api.renstra.AddSasaranStrategis;
import id.kinerja.api.renstra.AddTujuan;
import id.kinerja.api.renstra.DeclareRenstra;
import id.kinerja.api.renstra.RecordRealisasiTahunan;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.SetRenstraEndTarget;
import id.kinerja.api.renstra.SetRenstraTarget;
import id.kinerja.api.renstra.SetStandarNasional;
import id.kinerja.api.renstra.Tujuan;
import id.kinerja.command.shared.NomenklaturNames;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an import file (format {@value #FORMAT}, see docs/import-format.md) into the commands that tell its
 * story, in the order the facts arose: tenant, Renstra, PK induk, Rencana Aksi, each Perubahan, realisasi,
 * budget realisation, kendala and tindak lanjut, printed figures, narrative. Only the shape is checked here; every business rule is the
 * aggregates' to apply when the commands run.
 */
final class ImportPlan {

    static final String FORMAT = "kinerja-import/1";
    /** Progress of an existing, signed PK: Rencana Aksi, realisasi and budget realisation only (the spreadsheet). */
    static final String PROGRESS_FORMAT = "kinerja-progress/1";
    private static final Set<String> SECTIONS = Set.of("format", "source", "provinsi", "pemda", "opd", "year", "renstra",
            "pk", "rencanaAksi", "rencanaAnggaran", "perubahan", "realisasi", "realisasiAnggaran", "kendala", "stated",
            "narrative");
    private static final String CUMULATIVE = "kumulatif";
    private static final ObjectMapper JSON = EventJson.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private final ImportTree tree;
    private final List<ImportStep> steps = new ArrayList<>();
    /** The national code of each program, kegiatan and sub kegiatan of the file, by its code in the file. */
    private final Map<String, String> nomenklatur = new LinkedHashMap<>();
    private final List<ImportReport.TidakDipetakan> unmapped = new ArrayList<>();
    private TenantId tenant;
    private OpdId opd;
    private RenstraId renstra;
    private PerjanjianKinerjaId pk;

    private ImportPlan(ImportTree tree) {
        this.tree = tree;
    }

    static ImportPlan read(ImportTree tree) {
        ImportPlan plan = new ImportPlan(tree);
        plan.build();
        return plan;
    }

    List<ImportStep> steps() {
        return steps;
    }

    PerjanjianKinerjaId pk() {
        return pk;
    }

    ImportReport.Nomenklatur nomenklatur() {
        return new ImportReport.Nomenklatur(
                (int) nomenklatur.values().stream().filter(java.util.Objects::nonNull).count(), List.copyOf(unmapped));
    }

    private void build() {
        JsonNode root = tree.root();
        root.fieldNames().forEachRemaining(name -> {
            if (!SECTIONS.contains(name)) {
                throw rejected(name, "unknown-section", "bagian '" + name + "' tidak dikenal; yang dikenal: " + SECTIONS);
            }
        });
        String format = root.path("format").asText();
        require(FORMAT.equals(format) || PROGRESS_FORMAT.equals(format), "format", "format-version",
                "berkas impor harus dimulai dengan format: " + FORMAT + " (atau " + PROGRESS_FORMAT + ")");
        if (PROGRESS_FORMAT.equals(format)) {
            progress(root);
            return;
        }
        pemda(root);
        renstra(at(root, "renstra", true), "renstra");
        pk(at(root, "pk", true), "pk");
        rencanaAksi(root.path("rencanaAksi"), "rencanaAksi");
        rencanaAnggaran(root.path("rencanaAnggaran"), "rencanaAnggaran");
        JsonNode perubahan = root.path("perubahan");
        for (int i = 0; i < perubahan.size(); i++) {
            perubahan(perubahan.get(i), "perubahan[" + i + "]", i);
        }
        realisasi(root.path("realisasi"), "realisasi");
        realisasiAnggaran(root.path("realisasiAnggaran"), "realisasiAnggaran");
        kendala(root.path("kendala"), "kendala");
        stated(root.path("stated"), "stated");
        narrative(root.path("narrative"), "narrative");
    }

    private void progress(JsonNode root) {
        tenant = convert(at(root, "pemda", true).path("code"), "pemda.code", TenantId.class);
        opd = opdId(text(at(root, "opd", true), "opd", "code"));
        pk = new PerjanjianKinerjaId(opd, year(root, "", "year"));
        rencanaAksi(root.path("rencanaAksi"), "rencanaAksi");
        rencanaAnggaran(root.path("rencanaAnggaran"), "rencanaAnggaran");
        realisasi(root.path("realisasi"), "realisasi");
        realisasiAnggaran(root.path("realisasiAnggaran"), "realisasiAnggaran");
        kendala(root.path("kendala"), "kendala");
    }

    // --- tenant and Renstra ---------------------------------------------------------------------------------

    private void pemda(JsonNode root) {
        JsonNode pemda = at(root, "pemda", true);
        tenant = convert(pemda.path("code"), "pemda.code", TenantId.class);
        if (!tenant.isProvinsi()) {
            JsonNode provinsi = at(root, "provinsi", true);
            TenantId provinsiId = convert(provinsi.path("code"), "provinsi.code", TenantId.class);
            require(provinsiId.equals(tenant.provinsi()), "provinsi.code", "provinsi-mismatch",
                    "kabupaten/kota " + tenant + " termasuk provinsi " + tenant.provinsi() + ", bukan " + provinsiId);
            add("provinsi", provinsiId, new RegisterPemerintahDaerah(provinsiId, text(provinsi, "provinsi", "name"),
                    JenisDaerah.PROVINSI), true);
        }
        add("pemda", tenant, new RegisterPemerintahDaerah(tenant, text(pemda, "pemda", "name"),
                convert(pemda.path("jenis"), "pemda.jenis", JenisDaerah.class)), true);
        JsonNode opdNode = at(root, "opd", true);
        String code = text(opdNode, "opd", "code");
        opd = opdId(code);
        add("opd", tenant, new RegisterPerangkatDaerah(tenant, code, text(opdNode, "opd", "name")), true);
    }

    private OpdId opdId(String code) {
        require(OpdId.isValidCode(code), "opd.code", "code-format",
                "kode perangkat daerah: huruf kecil, angka, titik atau tanda hubung, mis. diskopukmp");
        return new OpdId(tenant, code);
    }

    private void renstra(JsonNode node, String path) {
        renstra = new RenstraId(opd, year(node, path, "firstYear"), year(node, path, "lastYear"));
        add(path, tenant, new DeclareRenstra(renstra), true);
        JsonNode tujuanList = node.path("tujuan");
        for (int t = 0; t < tujuanList.size(); t++) {
            JsonNode tujuan = tujuanList.get(t);
            String at = path + ".tujuan[" + t + "]";
            String tujuanCode = text(tujuan, at, "code");
            add(at, tenant, new AddTujuan(renstra, new Tujuan(tujuanCode, text(tujuan, at, "name"),
                    indicators(tujuan, at))), true);
            JsonNode sasaranList = tujuan.path("sasaran");
            for (int s = 0; s < sasaranList.size(); s++) {
                JsonNode sasaran = sasaranList.get(s);
                String sat = at + ".sasaran[" + s + "]";
                add(sat, tenant, new AddSasaranStrategis(renstra, new SasaranStrategis(text(sasaran, sat, "code"),
                        tujuanCode, text(sasaran, sat, "name"), indicators(sasaran, sat))), true);
            }
        }
        forEachField(node.path("targets"), path + ".targets", (indicator, years, at) ->
                forEachField(years, at, (year, value, yat) -> {
                    Nilai target = convert(value, yat, Nilai.class);
                    if (year.equals("end")) {
                        add(yat, tenant, new SetRenstraEndTarget(renstra, indicator, target, null), false);
                    } else {
                        require(year.matches("\\d{4}"), yat, "malformed", "tahun ditulis empat angka atau 'end'");
                        add(yat, tenant, new SetRenstraTarget(renstra, indicator, Integer.parseInt(year), target, null),
                                false);
                    }
                }));
        forEachField(node.path("realisasi"), path + ".realisasi", (indicator, years, at) ->
                forEachField(years, at, (year, value, yat) -> {
                    Sourced figure = sourced(value, yat);
                    add(yat, tenant, new RecordRealisasiTahunan(renstra, indicator, year(year, yat), figure.value(),
                            figure.source(), null), false);
                }));
        forEachField(node.path("standarNasional"), path + ".standarNasional", (indicator, years, at) ->
                forEachField(years, at, (year, value, yat) -> {
                    Sourced figure = sourced(value, yat);
                    add(yat, tenant, new SetStandarNasional(renstra, indicator, year(year, yat), figure.value(),
                            figure.source(), null), false);
                }));
    }

    /** A value with where it was reported: {@code 6.50} or {@code {value: 6.50, source: "LKjIP 2022"}}. */
    private record Sourced(Nilai value, String source) {
    }

    private Sourced sourced(JsonNode node, String path) {
        if (node.isObject()) {
            return new Sourced(convert(node.path("value"), path + ".value", Nilai.class),
                    optional(node, path, "source", String.class));
        }
        return new Sourced(convert(node, path, Nilai.class), null);
    }

    private int year(String text, String path) {
        require(text.matches("\\d{4}"), path, "malformed", "tahun ditulis empat angka");
        return Integer.parseInt(text);
    }

    // --- Perjanjian Kinerja ---------------------------------------------------------------------------------

    private void pk(JsonNode node, String path) {
        pk = new PerjanjianKinerjaId(opd, year(node, path, "year"));
        add(path, tenant, new DraftPerjanjianKinerja(pk, renstra), false);
        List<Runnable> pagu = new ArrayList<>();
        JsonNode programs = node.path("programs");
        for (int p = 0; p < programs.size(); p++) {
            String at = path + ".programs[" + p + "]";
            program(programs.get(p), at, text(programs.get(p), at, "sasaran"), pagu);
        }
        forEachField(node.path("targets"), path + ".targets", (indicator, value, at) ->
                add(at, tenant, new SetTarget(pk, indicator, convert(value, at, Nilai.class)), false));
        pagu.forEach(Runnable::run);
        JsonNode signed = at(node, "signed", true);
        String at = path + ".signed";
        add(at, tenant, new SignPerjanjianKinerja(pk, convert(signed.path("signedOn"), at + ".signedOn", LocalDate.class),
                text(signed, at, "place"), signatory(signed, at, "pihakPertama"), signatory(signed, at, "pihakKedua")),
                false);
    }

    /** Adds a draft's program with its kegiatan and sub kegiatan; their pagu is set after all targets. */
    private void program(JsonNode node, String path, String sasaran, List<Runnable> pagu) {
        String code = text(node, path, "code");
        String name = text(node, path, "name");
        add(path, tenant, new AddProgram(pk, new Program(code, sasaran, name, indicators(node, path),
                national(node, path, code, Level.PROGRAM, null, name))), false);
        JsonNode kegiatan = node.path("kegiatan");
        for (int k = 0; k < kegiatan.size(); k++) {
            kegiatan(kegiatan.get(k), path + ".kegiatan[" + k + "]", code, pagu);
        }
    }

    private void kegiatan(JsonNode node, String path, String program, List<Runnable> pagu) {
        String code = text(node, path, "code");
        String name = text(node, path, "name");
        add(path, tenant, new AddKegiatan(pk, new Kegiatan(code, program, name, indicators(node, path),
                national(node, path, code, Level.KEGIATAN, nomenklatur.get(program), name))), false);
        JsonNode subKegiatan = node.path("subKegiatan");
        for (int s = 0; s < subKegiatan.size(); s++) {
            String at = path + ".subKegiatan[" + s + "]";
            SubKegiatan sub = subKegiatan(subKegiatan.get(s), at, code);
            add(at, tenant, new AddSubKegiatan(pk, sub), false);
            Rupiah amount = convert(subKegiatan.get(s).path("pagu"), at + ".pagu", Rupiah.class);
            pagu.add(() -> add(at + ".pagu", tenant, new SetPagu(pk, sub.code(), amount), false));
        }
    }

    private SubKegiatan subKegiatan(JsonNode node, String path, String kegiatan) {
        String code = text(node, path, "code");
        String name = text(node, path, "name");
        return new SubKegiatan(code, kegiatan, name, indicators(node, path),
                national(node, path, code, Level.SUB_KEGIATAN, nomenklatur.get(kegiatan), name));
    }

    /**
     * The national code of an element: as the file gives it ({@code nomenklatur:}), else found in the catalogue by
     * its name under its parent's code; what cannot be mapped is reported, not guessed.
     */
    private String national(JsonNode node, String path, String code, Level level, String parentCode, String name) {
        String given = optional(node, path, "nomenklatur", String.class);
        String national = given;
        if (given == null) {
            NomenklaturNames.Mapping mapping = NomenklaturNames.map(level, parentCode, name);
            national = mapping.code();
            if (!mapping.mapped()) {
                unmapped.add(new ImportReport.TidakDipetakan(path, tree.location(path).line(),
                        level.name().toLowerCase(Locale.ROOT).replace('_', ' '), name, mapping.problem()));
            }
        }
        nomenklatur.put(code, national);
        return national;
    }

    /** The n-th Perubahan of the file amends revision n: the PK induk, then each Perubahan before it. */
    private void perubahan(JsonNode node, String path, int amends) {
        List<Program> programs = new ArrayList<>();
        List<Kegiatan> kegiatan = new ArrayList<>();
        List<SubKegiatan> subKegiatan = new ArrayList<>();
        Map<String, Rupiah> pagu = new LinkedHashMap<>();
        JsonNode newPrograms = node.path("programs");
        for (int p = 0; p < newPrograms.size(); p++) {
            JsonNode program = newPrograms.get(p);
            String at = path + ".programs[" + p + "]";
            String code = text(program, at, "code");
            String name = text(program, at, "name");
            programs.add(new Program(code, text(program, at, "sasaran"), name, indicators(program, at),
                    national(program, at, code, Level.PROGRAM, null, name)));
            JsonNode children = program.path("kegiatan");
            for (int k = 0; k < children.size(); k++) {
                newKegiatan(children.get(k), at + ".kegiatan[" + k + "]", code, kegiatan, subKegiatan, pagu);
            }
        }
        JsonNode newKegiatan = node.path("kegiatan");
        for (int k = 0; k < newKegiatan.size(); k++) {
            String at = path + ".kegiatan[" + k + "]";
            newKegiatan(newKegiatan.get(k), at, text(newKegiatan.get(k), at, "program"), kegiatan, subKegiatan, pagu);
        }
        JsonNode newSub = node.path("subKegiatan");
        for (int s = 0; s < newSub.size(); s++) {
            String at = path + ".subKegiatan[" + s + "]";
            SubKegiatan sub = subKegiatan(newSub.get(s), at, text(newSub.get(s), at, "kegiatan"));
            subKegiatan.add(sub);
            pagu.put(sub.code(), convert(newSub.get(s).path("pagu"), at + ".pagu", Rupiah.class));
        }
        forEachField(node.path("pagu"), path + ".pagu", (code, value, at) ->
                pagu.put(code, convert(value, at, Rupiah.class)));
        List<TargetChange> targets = new ArrayList<>();
        forEachField(node.path("targets"), path + ".targets", (code, value, at) ->
                targets.add(new TargetChange(code, convert(value, at, Nilai.class))));
        add(path, tenant, new AmendPerjanjianKinerja(pk,
                convert(node.path("reason"), path + ".reason", AlasanPerubahan.class), text(node, path, "explanation"),
                convert(node.path("effectiveDate"), path + ".effectiveDate", LocalDate.class),
                convert(node.path("signedOn"), path + ".signedOn", LocalDate.class), text(node, path, "place"),
                signatory(node, path, "pihakPertama"), signatory(node, path, "pihakKedua"), programs, kegiatan,
                subKegiatan, targets, pagu.entrySet().stream().map(e -> new PaguChange(e.getKey(), e.getValue())).toList(),
                amends), false);
    }

    private void newKegiatan(JsonNode node, String path, String program, List<Kegiatan> kegiatan,
                             List<SubKegiatan> subKegiatan, Map<String, Rupiah> pagu) {
        String code = text(node, path, "code");
        String name = text(node, path, "name");
        kegiatan.add(new Kegiatan(code, program, name, indicators(node, path),
                national(node, path, code, Level.KEGIATAN, nomenklatur.get(program), name)));
        JsonNode children = node.path("subKegiatan");
        for (int s = 0; s < children.size(); s++) {
            String at = path + ".subKegiatan[" + s + "]";
            SubKegiatan sub = subKegiatan(children.get(s), at, code);
            subKegiatan.add(sub);
            pagu.put(sub.code(), convert(children.get(s).path("pagu"), at + ".pagu", Rupiah.class));
        }
    }

    // --- Rencana Aksi and realisasi -------------------------------------------------------------------------

    private void rencanaAksi(JsonNode list, String path) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode line = list.get(i);
            String at = path + "[" + i + "]";
            List<PeriodTarget> targets = new ArrayList<>();
            forEachField(at(line, "targets", true), at + ".targets", (period, value, pat) -> targets.add(
                    new PeriodTarget(periode(period, pat), value.isNull() ? null : convert(value, pat, Nilai.class))));
            add(at, tenant, new SetRencanaAksi(pk, text(line, at, "indicator"), targets, text(line, at, "responsible"),
                    null), false);
        }
    }

    private void rencanaAnggaran(JsonNode node, String path) {
        forEachField(node, path, (subKegiatan, months, at) -> add(at, tenant,
                new SetRencanaAnggaran(pk, subKegiatan, monthlyAmounts(months, at), null), false));
    }

    private void realisasi(JsonNode list, String path) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode line = list.get(i);
            String at = path + "[" + i + "]";
            Map<String, BigDecimal> components = new LinkedHashMap<>();
            forEachField(line.path("components"), at + ".components", (name, value, cat) ->
                    components.put(name, convert(value, cat, BigDecimal.class)));
            add(at, tenant, new RecordRealisasi(pk, text(line, at, "indicator"),
                    periode(text(line, at, "period"), at + ".period"), optional(line, at, "value", Nilai.class),
                    optional(line, at, "pending", String.class), components.isEmpty() ? null : components,
                    optional(line, at, "stated", Nilai.class)), false);
        }
    }

    private void realisasiAnggaran(JsonNode node, String path) {
        forEachField(node, path, (subKegiatan, months, at) -> {
            for (MonthlyAmount amount : monthlyAmounts(months, at)) {
                add(at + "." + amount.month(), tenant,
                        new RecordRealisasiAnggaran(pk, subKegiatan, amount.month(), amount.amount()), false);
            }
        });
    }

    /** Kendala and tindak lanjut per indicator and period, as the Capaian tables and the LKjIP print them. */
    private void kendala(JsonNode list, String path) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode line = list.get(i);
            String at = path + "[" + i + "]";
            add(at, tenant, new RecordKendala(pk, text(line, at, "indicator"),
                    periode(text(line, at, "period"), at + ".period"), optional(line, at, "kendala", String.class),
                    optional(line, at, "tindakLanjut", String.class)), false);
        }
    }

    private void stated(JsonNode list, String path) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode line = list.get(i);
            String at = path + "[" + i + "]";
            String figure = text(line, at, "figure").toUpperCase(Locale.ROOT).replace('-', '_');
            FigureKind kind = convert(TextNode.valueOf(figure), at + ".figure",
                    FigureKind.class);
            String period = optional(line, at, "period", String.class);
            add(at, tenant, new RecordStatedFigure(pk, kind, optional(line, at, "key", String.class),
                    period == null ? null : periode(period, at + ".period"), optional(line, at, "revision", Integer.class),
                    convert(line.path("value"), at + ".value", BigDecimal.class), text(line, at, "where")), false);
        }
    }

    private void narrative(JsonNode node, String path) {
        forEachField(node, path, (section, text, at) ->
                add(at, tenant, new WriteNarrative(pk, section, convert(text, at, String.class)), false));
    }

    // --- reading helpers ------------------------------------------------------------------------------------

    /**
     * A sub kegiatan's months, either each month's own amount or, as Capaian tables print them (000), running
     * totals under {@code kumulatif}, turned into each month's amount here.
     */
    private List<MonthlyAmount> monthlyAmounts(JsonNode months, String path) {
        if (months.has(CUMULATIVE)) {
            require(months.size() == 1, path, "malformed", "'" + CUMULATIVE + "' tidak dicampur dengan bulan lain");
            return fromRunningTotals(months.path(CUMULATIVE), path + "." + CUMULATIVE);
        }
        List<MonthlyAmount> amounts = new ArrayList<>();
        forEachField(months, path, (month, value, at) ->
                amounts.add(new MonthlyAmount(periode(month, at), convert(value, at, Rupiah.class))));
        return amounts;
    }

    private List<MonthlyAmount> fromRunningTotals(JsonNode months, String path) {
        require(months.isObject(), path, "malformed", "'" + path + "' berisi peta bulan → jumlah kumulatif");
        List<MonthlyAmount> amounts = new ArrayList<>();
        Periode previousMonth = null;
        Rupiah previousTotal = Rupiah.ZERO;
        for (Iterator<Map.Entry<String, JsonNode>> fields = months.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = path + "." + field.getKey();
            Periode month = periode(field.getKey(), at);
            require(previousMonth == null || month.compareTo(previousMonth) > 0, at, "malformed",
                    "bulan kumulatif ditulis berurutan JAN … DES");
            Rupiah total = convert(field.getValue(), at, Rupiah.class);
            Rupiah amount = total.minus(previousTotal);
            require(!amount.isNegative(), at, "cumulative-decreasing", "jumlah kumulatif " + month + " ("
                    + total.amount() + ") lebih kecil dari bulan sebelumnya (" + previousTotal.amount() + ")");
            amounts.add(new MonthlyAmount(month, amount));
            previousMonth = month;
            previousTotal = total;
        }
        return amounts;
    }

    private List<Indicator> indicators(JsonNode owner, String path) {
        JsonNode list = owner.path("indicators");
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            indicators.add(convert(list.get(i), path + ".indicators[" + i + "]", Indicator.class));
        }
        return indicators;
    }

    private Signatory signatory(JsonNode owner, String path, String name) {
        return convert(at(owner, name, true), child(path, name), Signatory.class);
    }

    private Periode periode(String text, String path) {
        try {
            return Periode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw rejected(path, "malformed", "'" + text + "' bukan periode (TW1 … TW4, JAN … DES, TAHUN)");
        }
    }

    private JsonNode at(JsonNode owner, String name, boolean required) {
        JsonNode node = owner.path(name);
        if (required && (node.isMissingNode() || node.isNull())) {
            throw rejected(name, "required", "'" + name + "' wajib diisi");
        }
        return node;
    }

    private String text(JsonNode owner, String path, String name) {
        JsonNode node = owner.path(name);
        String at = child(path, name);
        require(node.isValueNode() && !node.isNull() && !node.asText().isBlank(), at, "required",
                "'" + name + "' wajib diisi");
        return node.asText();
    }

    private int integer(JsonNode owner, String path, String name) {
        return convert(owner.path(name), child(path, name), Integer.class);
    }

    private int year(JsonNode owner, String path, String name) {
        int year = integer(owner, path, name);
        require(year >= 2000 && year <= 2100, child(path, name), "malformed", "tahun " + year + " di luar 2000–2100");
        return year;
    }

    private <T> T optional(JsonNode owner, String path, String name, Class<T> type) {
        JsonNode node = owner.path(name);
        return node.isMissingNode() || node.isNull() ? null : convert(node, child(path, name), type);
    }

    private <T> T convert(JsonNode node, String path, Class<T> type) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw rejected(path, "required", "'" + path + "' wajib diisi");
        }
        try {
            return JSON.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String inner = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                    : "[" + r.getIndex() + "]").reduce("", String::concat);
            throw rejected(path + inner, "malformed", "nilai di '" + path + inner + "' tidak dapat dibaca: "
                    + e.getOriginalMessage().split("\n")[0]);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw rejected(path, "malformed", "nilai di '" + path + "' tidak dapat dibaca: " + e.getMessage());
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private interface FieldVisitor {
        void visit(String name, JsonNode value, String path);
    }

    private void forEachField(JsonNode node, String path, FieldVisitor visitor) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        require(node.isObject(), path, "malformed", "'" + path + "' berisi peta kode → nilai");
        Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            visitor.visit(field.getKey(), field.getValue(), path + "." + field.getKey());
        }
    }

    private void add(String path, TenantId tenantId, Object command, boolean onlyIfMissing) {
        ImportTree.Location location = tree.location(path);
        steps.add(new ImportStep(location.path(), location.line(), tenantId, command, onlyIfMissing));
    }

    private void require(boolean condition, String path, String rule, String message) {
        if (!condition) {
            throw rejected(path, rule, message);
        }
    }

    private ImportRejected rejected(String path, String rule, String message) {
        ImportTree.Location location = tree.location(path);
        return new ImportRejected(location.line(), location.path(), rule, null, message);
    }
}

package id.kinerja.command.pk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.nomenklatur.Nomenklatur;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.Tujuan;
import id.kinerja.command.shared.IndicatorRules;
import id.kinerja.command.shared.NomenklaturNames;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;

/**
 * The cascade of a Perjanjian Kinerja: tujuan and sasaran strategis (taken over from the Renstra) → program →
 * kegiatan → sub kegiatan, and the indicators defined on every level. Indicator codes are unique across it.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
class Cascade {

    enum Level { TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN }

    /** @param nomenklatur the national nomenclature code, null when unknown (and for tujuan and sasaran) */
    record Element(String code, String parentCode, String name, String nomenklatur) {
    }

    record DefinedIndicator(Indicator definition, Level level, String ownerCode) {
    }

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

    private Map<String, Element> tujuan = new LinkedHashMap<>();
    private Map<String, Element> sasaran = new LinkedHashMap<>();
    private Map<String, Element> programs = new LinkedHashMap<>();
    private Map<String, Element> kegiatan = new LinkedHashMap<>();
    private Map<String, Element> subKegiatan = new LinkedHashMap<>();
    private Map<String, DefinedIndicator> indicators = new LinkedHashMap<>();

    Cascade copy() {
        Cascade copy = new Cascade();
        copy.tujuan = new LinkedHashMap<>(tujuan);
        copy.sasaran = new LinkedHashMap<>(sasaran);
        copy.programs = new LinkedHashMap<>(programs);
        copy.kegiatan = new LinkedHashMap<>(kegiatan);
        copy.subKegiatan = new LinkedHashMap<>(subKegiatan);
        copy.indicators = new LinkedHashMap<>(indicators);
        return copy;
    }

    void addTujuan(Tujuan added) {
        tujuan.put(added.code(), new Element(added.code(), null, added.name(), null));
        define(added.indicators(), Level.TUJUAN, added.code());
    }

    void addSasaran(SasaranStrategis added) {
        sasaran.put(added.code(), new Element(added.code(), added.tujuanCode(), added.name(), null));
        define(added.indicators(), Level.SASARAN, added.code());
    }

    void checkProgram(Program program, String field) {
        require(program != null, "required", field, "program wajib diisi");
        checkElement(program.code(), program.name(), programs, "program", field);
        require(sasaran.containsKey(program.sasaranCode()), "sasaran-unknown", field + ".sasaranCode",
                "sasaran '" + program.sasaranCode() + "' tidak ada di Perjanjian Kinerja ini");
        checkNomenklatur(program.nomenklatur(), Nomenklatur.Level.PROGRAM, null, field);
        IndicatorRules.checkDefinitions(program.indicators(), field + ".indicators", indicators::containsKey);
    }

    /** The program with its national code: as given, else found by its name, else none. */
    Program withNomenklatur(Program program) {
        if (program == null || program.nomenklatur() != null) {
            return program;
        }
        return program.withNomenklatur(NomenklaturNames.map(Nomenklatur.Level.PROGRAM, null, program.name()).code());
    }

    Kegiatan withNomenklatur(Kegiatan added) {
        if (added == null || added.nomenklatur() != null) {
            return added;
        }
        return added.withNomenklatur(NomenklaturNames.map(Nomenklatur.Level.KEGIATAN, nomenklaturOf(programs, added.programCode()),
                added.name()).code());
    }

    SubKegiatan withNomenklatur(SubKegiatan added) {
        if (added == null || added.nomenklatur() != null) {
            return added;
        }
        return added.withNomenklatur(NomenklaturNames.map(Nomenklatur.Level.SUB_KEGIATAN,
                nomenklaturOf(kegiatan, added.kegiatanCode()), added.name()).code());
    }

    void addProgram(Program program) {
        programs.put(program.code(), new Element(program.code(), program.sasaranCode(), program.name(),
                program.nomenklatur()));
        define(program.indicators(), Level.PROGRAM, program.code());
    }

    void checkKegiatan(Kegiatan added, String field) {
        require(added != null, "required", field, "kegiatan wajib diisi");
        checkElement(added.code(), added.name(), kegiatan, "kegiatan", field);
        require(programs.containsKey(added.programCode()), "program-unknown", field + ".programCode",
                "program '" + added.programCode() + "' tidak ada di Perjanjian Kinerja ini");
        checkNomenklatur(added.nomenklatur(), Nomenklatur.Level.KEGIATAN, nomenklaturOf(programs, added.programCode()),
                field);
        IndicatorRules.checkDefinitions(added.indicators(), field + ".indicators", indicators::containsKey);
    }

    void addKegiatan(Kegiatan added) {
        kegiatan.put(added.code(), new Element(added.code(), added.programCode(), added.name(), added.nomenklatur()));
        define(added.indicators(), Level.KEGIATAN, added.code());
    }

    void checkSubKegiatan(SubKegiatan added, String field) {
        require(added != null, "required", field, "sub kegiatan wajib diisi");
        checkElement(added.code(), added.name(), subKegiatan, "sub kegiatan", field);
        require(kegiatan.containsKey(added.kegiatanCode()), "kegiatan-unknown", field + ".kegiatanCode",
                "kegiatan '" + added.kegiatanCode() + "' tidak ada di Perjanjian Kinerja ini");
        checkNomenklatur(added.nomenklatur(), Nomenklatur.Level.SUB_KEGIATAN,
                nomenklaturOf(kegiatan, added.kegiatanCode()), field);
        IndicatorRules.checkDefinitions(added.indicators(), field + ".indicators", indicators::containsKey);
    }

    void addSubKegiatan(SubKegiatan added) {
        subKegiatan.put(added.code(), new Element(added.code(), added.kegiatanCode(), added.name(),
                added.nomenklatur()));
        define(added.indicators(), Level.SUB_KEGIATAN, added.code());
    }

    Optional<DefinedIndicator> indicator(String code) {
        return Optional.ofNullable(code == null ? null : indicators.get(code));
    }

    DefinedIndicator requireIndicator(String code, String field) {
        return indicator(code).orElseThrow(() -> new id.kinerja.command.shared.RuleViolation("indicator-unknown", field,
                "indikator '" + code + "' tidak ada di Perjanjian Kinerja ini"));
    }

    boolean hasProgram(String code) {
        return code != null && programs.containsKey(code);
    }

    boolean hasKegiatan(String code) {
        return code != null && kegiatan.containsKey(code);
    }

    boolean hasSubKegiatan(String code) {
        return code != null && subKegiatan.containsKey(code);
    }

    void requireSubKegiatan(String code, String field) {
        require(hasSubKegiatan(code), "sub-kegiatan-unknown", field,
                "sub kegiatan '" + code + "' tidak ada di Perjanjian Kinerja ini");
    }

    Collection<DefinedIndicator> indicators() {
        return indicators.values();
    }

    Collection<String> subKegiatanCodes() {
        return subKegiatan.keySet();
    }

    Collection<Element> subKegiatan() {
        return subKegiatan.values();
    }

    /** The first program without a kegiatan, or kegiatan without a sub kegiatan: a PK cannot be signed so. */
    Optional<String> firstIncompleteBranch() {
        for (Element program : programs.values()) {
            if (kegiatan.values().stream().noneMatch(k -> k.parentCode().equals(program.code()))) {
                return Optional.of("program '" + program.code() + "' belum memiliki kegiatan");
            }
        }
        for (Element k : kegiatan.values()) {
            if (subKegiatan.values().stream().noneMatch(s -> s.parentCode().equals(k.code()))) {
                return Optional.of("kegiatan '" + k.code() + "' belum memiliki sub kegiatan");
            }
        }
        return programs.isEmpty() ? Optional.of("belum ada program") : Optional.empty();
    }

    private void define(List<Indicator> defined, Level level, String owner) {
        defined.forEach(i -> indicators.put(i.code(), new DefinedIndicator(i, level, owner)));
    }

    /**
     * A national code has its level's shape and, when the parent has a code too, continues it: kegiatan
     * 2.17.03.2.01 belongs under program 2.17.03, not under 3.30.06.
     */
    private static void checkNomenklatur(String code, Nomenklatur.Level level, String parentCode, String field) {
        if (code == null) {
            return;
        }
        String at = field + ".nomenklatur";
        require(level.fits(code), "nomenklatur-format", at, "kode nomenklatur '" + code + "' tidak berbentuk kode "
                + level.name().toLowerCase().replace('_', ' ') + " (mis. " + switch (level) {
                    case PROGRAM -> "2.17.03";
                    case KEGIATAN -> "2.17.03.2.01";
                    default -> "2.17.01.2.01.0001";
                } + ")");
        require(parentCode == null || code.startsWith(parentCode + "."), "nomenklatur-parent", at,
                "kode nomenklatur '" + code + "' tidak berada di bawah kode induknya " + parentCode);
    }

    private static String nomenklaturOf(Map<String, Element> level, String code) {
        Element element = code == null ? null : level.get(code);
        return element == null ? null : element.nomenklatur();
    }

    private static void checkElement(String code, String name, Map<String, Element> level, String what, String field) {
        requireText(code, field + ".code", "kode " + what);
        require(CODE.matcher(code).matches(), "code-format", field + ".code",
                "kode " + what + " '" + code + "' hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung");
        require(!level.containsKey(code), "code-taken", field + ".code", what + " '" + code + "' sudah ada");
        requireText(name, field + ".name", "nama " + what);
    }
}

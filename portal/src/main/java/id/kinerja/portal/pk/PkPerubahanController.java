package id.kinerja.portal.pk;

import id.kinerja.portal.layanan.BacaTulisan;
import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.tampilan.Format;
import id.kinerja.portal.tampilan.Isian;
import id.kinerja.portal.tampilan.Nilai;
import id.kinerja.portal.tampilan.Tanggal;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The PK Perubahan form of the Kepala Dinas: reason, dates, signatories and the new targets and pagu, with a preview
 * of the comparison (computed by query-service from the typed changes) before signing; the signed amendment goes to
 * command-service, which checks every rule and names the field it refuses.
 */
@Controller
@RequestMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/perubahan")
class PkPerubahanController {

    /** What the form holds: typed values by field name ({@code target_IKU-1.1}, {@code pagu_P01.K1.S1}, …). */
    record Formulir(Map<String, String> isian) {

        String nilai(String name) {
            return isian.getOrDefault(name, "");
        }
    }

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final Format fmt;

    PkPerubahanController(Layanan layanan, PkKonteks konteks, Format fmt) {
        this.layanan = layanan;
        this.konteks = konteks;
        this.fmt = fmt;
    }

    @GetMapping
    String formulir(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year, Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        PkBacaan.Pk pk = konteks.siapkan(model, jalan, null, "perjanjian", Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        PkBacaan.Revisi inForce = pk.revisiBerlaku();
        if (inForce != null && inForce.pihakPertama() != null) {
            values.put("pihakPertamaNama", inForce.pihakPertama().name());
            values.put("pihakPertamaJabatan", inForce.pihakPertama().position());
            values.put("pihakPertamaPangkat", Objects.requireNonNullElse(inForce.pihakPertama().rank(), ""));
            values.put("pihakPertamaNip", Objects.requireNonNullElse(inForce.pihakPertama().nip(), ""));
        }
        if (inForce != null && inForce.pihakKedua() != null) {
            values.put("pihakKeduaNama", inForce.pihakKedua().name());
            values.put("pihakKeduaJabatan", inForce.pihakKedua().position());
        }
        values.put("tempat", inForce == null || inForce.place() == null ? "" : inForce.place());
        lines(pk).forEach(line -> values.put(line.name(), line.current()));
        return show(model, pk, values, Map.of(), null);
    }

    @PostMapping
    String kirim(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                 @RequestParam MultiValueMap<String, String> form, @RequestParam String aksi, Model model,
                 RedirectAttributes redirect) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        PkBacaan.Pk pk = konteks.siapkan(model, jalan, null, "perjanjian", Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, typed) -> values.put(name, typed.isEmpty() ? "" : typed.get(0)));
        Map<String, String> errors = new HashMap<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        List<Map<String, Object>> pagu = new ArrayList<>();
        List<String> targetParams = new ArrayList<>();
        List<String> paguParams = new ArrayList<>();
        for (Baris line : lines(pk)) {
            String typed = values.getOrDefault(line.name(), "").trim();
            if (typed.isEmpty()) {
                continue;
            }
            if (line.pagu()) {
                BigDecimal amount = Isian.angka(typed).filter(a -> a.stripTrailingZeros().scale() <= 0).orElse(null);
                if (amount == null) {
                    errors.put(line.name(), "'" + typed + "' bukan rupiah utuh");
                    continue;
                }
                if (line.nilai() != null && line.nilai().samaDengan(amount)) {
                    continue;
                }
                pagu.add(Map.of("subKegiatanCode", line.code(), "pagu", amount.longValueExact()));
                paguParams.add(line.code() + ":" + amount.toPlainString());
            } else {
                Object value = Isian.nilai(typed).orElse(null);
                if (value == null) {
                    errors.put(line.name(), "'" + typed + "' tidak terbaca sebagai angka atau predikat");
                    continue;
                }
                if (line.nilai() != null && line.nilai().samaDengan(value)) {
                    continue;
                }
                targets.add(Map.of("indicatorCode", line.code(), "target", value));
                targetParams.add(line.code() + ":" + value);
            }
        }
        if (errors.isEmpty() && (!targetParams.isEmpty() || !paguParams.isEmpty())) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("target", targetParams);
            params.put("pagu", paguParams);
            model.addAttribute("pratinjau", layanan.baca(jalan.api("perubahan/pratinjau"), params,
                    PkBacaan.Perbandingan.class));
        }
        String effectiveDate = date(values, "berlaku", errors);
        String signedOn = date(values, "ditandatangani", errors);
        if (errors.isEmpty() && aksi.equals("tandatangani")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reason", blankToNull(values.get("alasan")));
            body.put("explanation", blankToNull(values.get("penjelasan")));
            body.put("effectiveDate", effectiveDate);
            body.put("signedOn", signedOn);
            body.put("place", blankToNull(values.get("tempat")));
            body.put("pihakPertama", signatory(values, "pihakPertama"));
            body.put("pihakKedua", signatory(values, "pihakKedua"));
            body.put("targets", targets);
            body.put("pagu", pagu);
            try {
                layanan.kirim(HttpMethod.POST, jalan.api("perubahan"), body);
                int next = pk.revisiBerlaku() == null ? 0 : pk.revisiBerlaku().revision() + 1;
                BacaTulisan.tunggu(() -> layanan.baca(jalan.api(""), Map.of(), PkBacaan.Pk.class),
                        p -> p.revisiBerlaku() != null && p.revisiBerlaku().revision() == next);
                redirect.addFlashAttribute("berhasil", "PK Perubahan " + next + " ditandatangani.");
                return "redirect:" + jalan.halaman("perbandingan") + "?revisi=" + next;
            } catch (Penolakan refused) {
                String field = refused.field() == null ? "" : refused.field();
                errors.put(switch (field) {
                    case "reason" -> "alasan";
                    case "explanation" -> "penjelasan";
                    case "effectiveDate" -> "berlaku";
                    case "signedOn" -> "ditandatangani";
                    case "place" -> "tempat";
                    default -> field.startsWith("pihakPertama") ? "pihakPertamaNama"
                            : field.startsWith("pihakKedua") ? "pihakKeduaNama" : "umum";
                }, refused.detail());
            }
        }
        return show(model, pk, values, errors, aksi);
    }

    /** A date field as the command wants it (ISO), null when empty; a date not read is an error at its field. */
    private static String date(Map<String, String> values, String field, Map<String, String> errors) {
        String typed = blankToNull(values.get(field));
        if (typed == null) {
            return null;
        }
        Optional<LocalDate> day = Tanggal.tanggal(typed);
        if (day.isEmpty()) {
            errors.put(field, "tanggal '" + typed.trim() + "' tidak terbaca; tulis seperti 22-09-2023");
        }
        return day.map(LocalDate::toString).orElse(null);
    }

    /** One changeable line: an indicator's target or a sub kegiatan's pagu, with its value in force. */
    record Baris(String name, String code, String label, String current, Nilai nilai, boolean pagu) {
    }

    private List<Baris> lines(PkBacaan.Pk pk) {
        List<Baris> lines = new ArrayList<>();
        for (PkBacaan.Sasaran sasaran : pk.sasaran()) {
            sasaran.indicators().forEach(i -> lines.add(target(i)));
            for (PkBacaan.Program program : sasaran.programs()) {
                program.indicators().forEach(i -> lines.add(target(i)));
                for (PkBacaan.Kegiatan kegiatan : program.kegiatan()) {
                    kegiatan.indicators().forEach(i -> lines.add(target(i)));
                    for (PkBacaan.SubKegiatan sub : kegiatan.subKegiatan()) {
                        sub.indicators().forEach(i -> lines.add(target(i)));
                        lines.add(new Baris("pagu_" + sub.code(), sub.code(), sub.name(),
                                sub.pagu() == null ? "" : fmt.angka(sub.pagu()),
                                sub.pagu() == null ? null : new Nilai(BigDecimal.valueOf(sub.pagu()), null), true));
                    }
                }
            }
        }
        return lines;
    }

    private Baris target(PkBacaan.Indikator indikator) {
        return new Baris("target_" + indikator.code(), indikator.code(), indikator.name() + (indikator.unit() == null
                ? "" : " (" + indikator.unit() + ")"), fmt.isian(indikator.target()), indikator.target(), false);
    }

    private String show(Model model, PkBacaan.Pk pk, Map<String, String> values, Map<String, String> errors,
                        String aksi) {
        model.addAttribute("menu", "pk");
        model.addAttribute("baris", lines(pk));
        model.addAttribute("isian", values);
        model.addAttribute("galat", errors);
        model.addAttribute("aksi", aksi);
        return "pk/perubahan";
    }

    private static Map<String, Object> signatory(Map<String, String> values, String prefix) {
        Map<String, Object> signatory = new LinkedHashMap<>();
        signatory.put("name", blankToNull(values.get(prefix + "Nama")));
        signatory.put("position", blankToNull(values.get(prefix + "Jabatan")));
        signatory.put("rank", blankToNull(values.get(prefix + "Pangkat")));
        signatory.put("nip", blankToNull(values.get(prefix + "Nip")));
        return signatory;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package id.kinerja.portal.pk;

import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.tampilan.Format;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every page of one PK shows above its content: the PK (daerah, perangkat daerah, year, revision in force) as
 * of the chosen moment, and the "as of" control with the PK's recorded moments.
 */
@Component
public class PkKonteks {

    /**
     * A stop of the slider: the moment as the date-time field takes it (to the millisecond), the exact recorded
     * instant (two moments may share a millisecond), and what was recorded then.
     */
    public record Stop(String waktu, String tepat, String label) {
    }

    private static final ParameterizedTypeReference<List<PkBacaan.Momen>> MOMEN = new ParameterizedTypeReference<>() {
    };

    private final Layanan layanan;
    private final Format fmt;

    public PkKonteks(Layanan layanan, Format fmt) {
        this.layanan = layanan;
        this.fmt = fmt;
    }

    private String label(PkBacaan.Momen moment) {
        return fmt.waktuTepat(moment.recordedAt()) + " — " + moment.jenis()
                + (moment.ringkasan().isEmpty() ? "" : ": " + moment.ringkasan())
                + (moment.jumlah() > 1 ? " (" + moment.jumlah() + " perubahan)" : "");
    }

    /**
     * Loads the PK as of {@code asOf} (null = now) and puts it, the paths and the slider's moments in the model.
     *
     * @param page        this page within the PK (e.g. "realisasi"), for the control's form
     * @param keep        request parameters the control must keep (the period shown, the revision)
     */
    public PkBacaan.Pk siapkan(Model model, PkJalan jalan, Instant asOf, String page, Map<String, ?> keep) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        Layanan.Janji<PkBacaan.Pk> asked = layanan.bacaNanti(jalan.api(""), params, PkBacaan.Pk.class);
        List<PkBacaan.Momen> momen = layanan.baca(jalan.api("momen"), Map.of(), MOMEN);
        PkBacaan.Pk pk = asked.ambil();
        int index = momen.size() - 1;
        if (asOf != null) {
            index = -1;
            for (int i = 0; i < momen.size() && !momen.get(i).recordedAt().isAfter(asOf); i++) {
                index = i;
            }
            index = Math.max(index, 0);
        }
        List<Stop> stops = momen.stream().map(m -> new Stop(fmt.waktuIsian(m.recordedAt()),
                m.recordedAt().toString(), label(m))).toList();
        Map<String, Object> fixed = new LinkedHashMap<>();
        keep.forEach((name, value) -> {
            if (value != null) {
                fixed.put(name, value);
            }
        });
        model.addAttribute("jalan", jalan);
        model.addAttribute("pk", pk);
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfParam", asOf == null ? null : asOf.toString());
        model.addAttribute("momen", momen);
        model.addAttribute("indeksMomen", Math.max(index, 0));
        model.addAttribute("momenSlider", stops);
        model.addAttribute("labelMomen", stops.isEmpty() ? "" : stops.get(index).label());
        model.addAttribute("halamanIni", jalan.halaman(page));
        model.addAttribute("parameterTetap", fixed);
        model.addAttribute("menuPk", page);
        return pk;
    }
}

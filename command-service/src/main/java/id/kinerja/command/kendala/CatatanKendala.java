package id.kinerja.command.kendala;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kinerja.api.common.Periode;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.kendala.RecordKendala;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;
import static id.kinerja.command.shared.Texts.trimmed;

/**
 * Kendala (what held an indicator back in a period) and tindak lanjut (what is done about it), per indicator and
 * period. Part of the Perjanjian Kinerja aggregate, which checks the indicator and that the period may change.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class CatatanKendala {

    /** About a page of text: what the Capaian table and the LKjIP print per indicator. */
    static final int PANJANG_MAKSIMUM = 4000;

    record Catatan(String kendala, String tindakLanjut) {
    }

    private Map<String, Map<Periode, Catatan>> catatan = new HashMap<>();

    /** The event to apply, or empty when nothing changes. */
    public Optional<KendalaRecorded> decide(PerjanjianKinerjaId pk, RecordKendala command) {
        requireText(command.kendala(), "kendala", "uraian kendala");
        String kendala = command.kendala().trim();
        String tindakLanjut = trimmed(command.tindakLanjut());
        require(kendala.length() <= PANJANG_MAKSIMUM, "teks-terlalu-panjang", "kendala",
                "uraian kendala paling panjang " + PANJANG_MAKSIMUM + " karakter");
        require(tindakLanjut == null || tindakLanjut.length() <= PANJANG_MAKSIMUM, "teks-terlalu-panjang",
                "tindakLanjut", "uraian tindak lanjut paling panjang " + PANJANG_MAKSIMUM + " karakter");
        Catatan previous = catatan.getOrDefault(command.indicatorCode(), Map.of()).get(command.period());
        if (previous != null && previous.kendala().equals(kendala)
                && Objects.equals(previous.tindakLanjut(), tindakLanjut)) {
            return Optional.empty();
        }
        return Optional.of(new KendalaRecorded(pk, command.indicatorCode(), command.period(), kendala, tindakLanjut));
    }

    public boolean ada(String indicatorCode, Periode period) {
        return catatan.getOrDefault(indicatorCode, Map.of()).containsKey(period);
    }

    public void on(KendalaRecorded event) {
        catatan.computeIfAbsent(event.indicatorCode(), c -> new EnumMap<>(Periode.class))
                .put(event.period(), new Catatan(event.kendala(), event.tindakLanjut()));
    }
}

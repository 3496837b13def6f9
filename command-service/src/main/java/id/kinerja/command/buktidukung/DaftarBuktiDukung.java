package id.kinerja.command.buktidukung;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kinerja.api.buktidukung.AttachBuktiDukung;
import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiDukungRemoved;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.buktidukung.RemoveBuktiDukung;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.Texts.trimmed;

/**
 * The bukti dukung of a performance year: which files support which realisasi or budget realisation, and every
 * file ever attached (a download of an earlier state must still find it). Part of the Perjanjian Kinerja
 * aggregate; the aggregate checks first that what a file supports exists and may change.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class DaftarBuktiDukung {

    /** Enough for a report, its annexes and a few photos; a folder of hundreds belongs in one PDF. */
    public static final int PER_REALISASI_MAKSIMUM = 20;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int NAMA_MAKSIMUM = 200;

    /** Per {@link #key(BuktiUntuk)}: the attached files by hash, in the order attached. */
    private Map<String, Map<String, Berkas>> attached = new HashMap<>();
    private Map<String, Berkas> known = new HashMap<>();

    /** The event to apply, or empty when this very file is already attached there. */
    public Optional<BuktiDukungAttached> decide(PerjanjianKinerjaId pk, AttachBuktiDukung command) {
        Berkas berkas = command.berkas();
        require(berkas != null, "required", "berkas", "berkas bukti dukung wajib diisi");
        require(berkas.sha256() != null && SHA256.matcher(berkas.sha256()).matches(), "sha256-invalid",
                "berkas.sha256", "sidik SHA-256 berkas harus 64 digit heksadesimal huruf kecil");
        String nama = trimmed(berkas.nama());
        require(nama != null && nama.length() <= NAMA_MAKSIMUM && nama.chars().noneMatch(Character::isISOControl)
                        && nama.indexOf('/') < 0 && nama.indexOf('\\') < 0, "nama-berkas", "berkas.nama",
                "nama berkas wajib diisi, paling panjang " + NAMA_MAKSIMUM + " karakter, tanpa garis miring");
        require(berkas.ukuran() > 0, "berkas-kosong", "berkas.ukuran", "berkas kosong tidak dapat menjadi bukti dukung");
        require(berkas.ukuran() <= JenisBerkas.UKURAN_MAKSIMUM, "berkas-terlalu-besar", "berkas.ukuran",
                "berkas bukti dukung paling besar 20 MB; berkas ini " + berkas.ukuran() + " byte");
        require(JenisBerkas.diterima(berkas.mediaType()), "jenis-berkas-tidak-diterima", "berkas.mediaType",
                "isi berkas '" + nama + "' bertipe " + berkas.mediaType() + "; bukti dukung hanya berupa "
                        + JenisBerkas.daftar());
        Map<String, Berkas> files = attached.getOrDefault(key(command.untuk()), Map.of());
        if (files.containsKey(berkas.sha256())) {
            return Optional.empty();
        }
        require(files.size() < PER_REALISASI_MAKSIMUM, "bukti-dukung-terlalu-banyak", "berkas", command.untuk()
                + " sudah memiliki " + PER_REALISASI_MAKSIMUM + " bukti dukung; gabungkan atau lepaskan sebagian");
        return Optional.of(new BuktiDukungAttached(pk, command.untuk(),
                new Berkas(berkas.sha256(), nama, berkas.ukuran(), berkas.mediaType())));
    }

    public BuktiDukungRemoved decide(PerjanjianKinerjaId pk, RemoveBuktiDukung command) {
        Berkas berkas = attached.getOrDefault(key(command.untuk()), Map.of()).get(command.sha256());
        require(berkas != null, "bukti-dukung-missing", "sha256",
                "berkas " + command.sha256() + " tidak dilampirkan pada " + command.untuk());
        return new BuktiDukungRemoved(pk, command.untuk(), berkas, trimmed(command.alasan()));
    }

    /** Whether anything supports it now. */
    public boolean ada(BuktiUntuk untuk) {
        return !attached.getOrDefault(key(untuk), Map.of()).isEmpty();
    }

    /** A file ever attached to this year, by its hash: what a download may serve and under which name. */
    public Optional<Berkas> pernahDilampirkan(String sha256) {
        return Optional.ofNullable(known.get(sha256));
    }

    public void on(BuktiDukungAttached event) {
        attached.computeIfAbsent(key(event.untuk()), k -> new LinkedHashMap<>()).put(event.berkas().sha256(),
                event.berkas());
        known.put(event.berkas().sha256(), event.berkas());
    }

    public void on(BuktiDukungRemoved event) {
        Map<String, Berkas> files = attached.get(key(event.untuk()));
        if (files != null) {
            files.remove(event.berkas().sha256());
        }
    }

    private static String key(BuktiUntuk untuk) {
        return untuk.jenis() + "|" + untuk.kode() + "|" + untuk.period();
    }
}

package id.kinerja.command.buktidukung;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kinds of file accepted as bukti dukung — PDF, images, spreadsheets and documents — by media type as found in
 * the content, with the extension a download is named with. Anything else (an executable, an archive, a script,
 * an unknown binary) is refused whatever its name says.
 */
public final class JenisBerkas {

    /** 20 MiB: a scanned report or a phone photo fits; a video does not. */
    public static final long UKURAN_MAKSIMUM = 20L * 1024 * 1024;

    private static final Map<String, String> DITERIMA = new LinkedHashMap<>();

    static {
        DITERIMA.put("application/pdf", "pdf");
        DITERIMA.put("image/png", "png");
        DITERIMA.put("image/jpeg", "jpg");
        DITERIMA.put("image/webp", "webp");
        DITERIMA.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        DITERIMA.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    }

    private JenisBerkas() {
    }

    public static boolean diterima(String mediaType) {
        return mediaType != null && DITERIMA.containsKey(mediaType);
    }

    /** For messages: "PDF, PNG, JPG, …". */
    public static String daftar() {
        return String.join(", ", DITERIMA.values()).toUpperCase();
    }
}

package id.kinerja.command.web;

import id.kinerja.web.Kaidah;
import id.kinerja.web.Masalah;
import id.kinerja.web.PenerjemahMasalah;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.util.Optional;

/**
 * Uploads the multipart parser refuses: one over Spring's limit reads as the size filter's own refusal of a too large
 * bukti dukung; one that is no readable multipart body (no boundary, cut short) as unreadable input.
 */
@Component
class UnggahanMasalah implements PenerjemahMasalah {

    @Override
    public Optional<Masalah> terjemahkan(Throwable e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return Optional.of(new RequestSizeLimit.BerkasTerlaluBesar());
        }
        if (e instanceof MultipartException) {
            return Optional.of(PenerjemahMasalah.masalah(400, Kaidah.MALFORMED, "isi permintaan bukan multipart/form-data"
                    + " yang terbaca: kirim berkas sebagai bagian 'berkas'"));
        }
        return Optional.empty();
    }
}

package id.kinerja.command.web;

import id.kinerja.web.Masalah;
import id.kinerja.web.PenerjemahMasalah;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.Optional;

/** A multipart upload over Spring's limit reads as the size filter's own refusal of a too large bukti dukung. */
@Component
class UnggahanMasalah implements PenerjemahMasalah {

    @Override
    public Optional<Masalah> terjemahkan(Throwable e) {
        return e instanceof MaxUploadSizeExceededException ? Optional.of(new RequestSizeLimit.BerkasTerlaluBesar())
                : Optional.empty();
    }
}

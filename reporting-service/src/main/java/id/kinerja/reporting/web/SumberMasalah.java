package id.kinerja.reporting.web;

import id.kinerja.web.Kaidah;
import id.kinerja.web.Masalah;
import id.kinerja.web.PenerjemahMasalah;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;

import java.util.Optional;

/** A source of facts that cannot be reached — query-service, the event store — is a temporary problem, a 503. */
@Component
class SumberMasalah implements PenerjemahMasalah {

    @Override
    public Optional<Masalah> terjemahkan(Throwable e) {
        if (e instanceof ResourceAccessException || e instanceof DataAccessException) {
            return Optional.of(PenerjemahMasalah.masalah(503, Kaidah.UNAVAILABLE,
                    "data kinerja sedang tidak dapat dibaca; coba lagi sebentar lagi"));
        }
        return Optional.empty();
    }
}

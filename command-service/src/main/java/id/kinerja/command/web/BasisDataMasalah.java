package id.kinerja.command.web;

import id.kinerja.web.Kaidah;
import id.kinerja.web.Masalah;
import id.kinerja.web.PenerjemahMasalah;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * No database connection became free in time (the pool is sized for the machine, and a burst waits in it): nothing
 * was stored, and the same request may simply be sent again — a 503, which the problem handler answers with a
 * Retry-After.
 */
@Component
class BasisDataMasalah implements PenerjemahMasalah {

    @Override
    public Optional<Masalah> terjemahkan(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException) {
                return Optional.of(PenerjemahMasalah.masalah(503, Kaidah.UNAVAILABLE,
                        "layanan sedang sibuk; tidak ada data yang tersimpan, kirim ulang sebentar lagi"));
            }
        }
        return Optional.empty();
    }
}

package id.kinerja.query.web;

import id.kinerja.security.AksesDitolak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.UUID;

/**
 * Every refusal as an RFC 7807 problem with a {@code rule} (also in {@code type}, {@code urn:kinerja:problem:…}),
 * like the command side. Spring MVC's own refusals (a year that is not a number, 405, …) come through
 * {@link ResponseEntityExceptionHandler}. Unexpected errors are logged with an incident id, never shown.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalid(InvalidParameter e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Parameter tidak sah", e.getMessage(), "malformed");
        problem.setProperty("field", e.parameter());
        return problem;
    }

    @ExceptionHandler(AksesDitolak.class)
    ProblemDetail forbidden(AksesDitolak e) {
        return problem(HttpStatus.FORBIDDEN, "Tidak berwenang", e.getMessage(), "forbidden");
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Tidak ditemukan", e.getMessage(), "not-found");
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, "Tidak dapat dijalankan sekarang", e.getMessage(), "conflict");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("unexpected error, incident {}", incident, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Kesalahan sistem",
                "terjadi kesalahan yang tidak terduga. Kode insiden: " + incident, "internal");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:kinerja:problem:" + rule));
        problem.setProperty("rule", rule);
        return problem;
    }
}

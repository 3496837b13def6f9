package id.kinerja.reporting.web;

import id.kinerja.reporting.query.QueryServiceUnavailable;
import id.kinerja.security.AksesDitolak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/** Every refusal as an RFC 7807 problem naming the rule and the field; never a stack trace. */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Permintaan tidak valid", e.getMessage(), "invalid");
        problem.setProperty("field", e.field());
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

    @ExceptionHandler({QueryServiceUnavailable.class, ResourceAccessException.class})
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("document not rendered: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Data belum dapat dibaca",
                "data kinerja sedang tidak dapat dibaca; coba lagi sebentar lagi", "query-unavailable");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("document could not be rendered", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Dokumen gagal disusun",
                "dokumen tidak dapat disusun; kesalahan telah dicatat", "internal");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:kinerja:problem:" + rule));
        problem.setProperty("rule", rule);
        return problem;
    }
}

package id.kinerja.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one RFC 7807 handler of every service ({@link Problem} says how a problem looks). A {@link Masalah} is written
 * as it describes itself; a service's framework exceptions through its {@link PenerjemahMasalah}; Spring MVC's own
 * refusals — unreadable bodies, wrong types, missing parameters, 404, 405, 406, 415 — get a rule and an Indonesian
 * detail saying what was expected; anything else is a 500 whose incident id is logged with the stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final List<PenerjemahMasalah> penerjemah;

    public ProblemHandler(List<PenerjemahMasalah> penerjemah) {
        this.penerjemah = penerjemah;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> masalah(Exception e, WebRequest request) {
        Optional<Masalah> known = e instanceof Masalah masalah ? Optional.of(masalah)
                : penerjemah.stream().map(p -> p.terjemahkan(e)).flatMap(Optional::stream).findFirst();
        String incident = Problem.incident();
        if (known.isEmpty()) {
            log.error("unexpected error on {}, incident {}", path(request), incident, e);
            return answer(Problem.of(500, Kaidah.INTERNAL, "terjadi kesalahan yang tidak terduga; kesalahan telah "
                    + "dicatat dengan kode insiden " + incident, null, incident));
        }
        Masalah masalah = known.get();
        if (masalah.status() >= 500) {
            log.warn("{} on {}, incident {}: {}", masalah.rule(), path(request), incident, e.toString());
        } else {
            log.debug("{} on {}, incident {}: {}", masalah.rule(), path(request), incident, masalah.detail());
        }
        return answer(Problem.of(masalah, incident));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof Masalah masalah) {
            return answer(Problem.of(masalah, Problem.incident()));
        }
        IsianJson.Salah salah = IsianJson.dari(e.getCause());
        return answer(Problem.of(400, Kaidah.MALFORMED, salah.detail(), salah.field(), Problem.incident()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "rule", ruleOf(error), "message", pesan(error)))
                .toList();
        FieldError first = e.getBindingResult().getFieldError();
        String detail = violations.stream().map(v -> v.get("field") + ": " + v.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problem.of(400, first == null ? Kaidah.MALFORMED : ruleOf(first), detail,
                first == null ? null : first.getField(), Problem.incident());
        problem.setProperty("violations", violations);
        return answer(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName();
        return answer(Problem.of(400, Kaidah.MALFORMED, "'" + e.getValue() + "' bukan nilai yang sah untuk " + field
                + ": harus " + IsianJson.harapan(e.getRequiredType()), field, Problem.incident()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(Problem.of(400, Kaidah.MALFORMED, "parameter '" + e.getParameterName() + "' wajib diisi",
                e.getParameterName(), Problem.incident()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : "; yang berlaku: "
                + e.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        return ResponseEntity.status(405).headers(headers).body(Problem.of(405, Kaidah.METHOD_NOT_ALLOWED, "metode "
                + e.getMethod() + " tidak berlaku untuk alamat ini" + allowed, null, Problem.incident()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = e.getContentType() == null ? "tanpa jenis" : "'" + e.getContentType() + "'";
        String accepted = e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        return answer(Problem.of(415, Kaidah.UNSUPPORTED_MEDIA_TYPE, "isi " + sent + " tidak diterima alamat ini; "
                + "kirim " + accepted, null, Problem.incident()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(Problem.of(406, Kaidah.NOT_ACCEPTABLE, "jawaban tersedia sebagai " + e.getSupportedMediaTypes()
                .stream().map(Object::toString).collect(Collectors.joining(", ")), null, Problem.incident()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return answer(Problem.of(404, Kaidah.NOT_FOUND, "alamat /" + e.getResourcePath() + " tidak ada", null,
                Problem.incident()));
    }

    /**
     * Spring MVC's other refusals: as the service's {@link PenerjemahMasalah} reads them, else the status, its rule,
     * and Spring's own words only where they are ours.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String incident = Problem.incident();
        Optional<Masalah> known = penerjemah.stream().map(p -> p.terjemahkan(e)).flatMap(Optional::stream).findFirst();
        if (known.isPresent()) {
            return ResponseEntity.status(known.get().status()).headers(headers).body(Problem.of(known.get(), incident));
        }
        int code = status.value();
        if (code >= 500) {
            log.error("request failed on {}, incident {}", path(request), incident, e);
        }
        return ResponseEntity.status(code).headers(headers).body(Problem.of(code, Problem.rule(code),
                code >= 500 ? "terjadi kesalahan yang tidak terduga; kode insiden " + incident
                        : "permintaan tidak dapat dilayani: " + Problem.judul(code).toLowerCase(), null, incident));
    }

    /** A 503 is worth sending again: the answer says when (RFC 9110 Retry-After). */
    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
        if (problem.getStatus() == 503) {
            answer.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return answer.body(problem);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "?";
    }

    /** The constraint's message in Indonesian for the constraints the services use; the validator's own otherwise. */
    private static String pesan(FieldError error) {
        String code = error.getCode() == null ? "" : error.getCode();
        return switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> "wajib diisi";
            default -> String.valueOf(error.getDefaultMessage());
        };
    }

    private static String ruleOf(FieldError error) {
        String code = error.getCode();
        return code == null ? Kaidah.MALFORMED : code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}

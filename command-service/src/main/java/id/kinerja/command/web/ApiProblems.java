package id.kinerja.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import id.kinerja.command.impor.ImportRejected;
import id.kinerja.command.shared.AlreadyExists;
import id.kinerja.command.shared.RuleViolation;
import id.kinerja.security.AksesDitolak;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every refusal as an RFC 7807 problem: what went wrong ({@code detail}), in which field ({@code field}), under
 * which rule ({@code rule}, also the {@code type} URN). No stack trace or internal class name ever reaches a
 * client; unexpected errors are logged with an incident id the client sees. Spring MVC's own refusals (405,
 * 415, unreadable bodies, …) come through {@link ResponseEntityExceptionHandler} and get a rule too.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(AlreadyExists.class)
    ProblemDetail alreadyExists(AlreadyExists e) {
        return problem(HttpStatus.CONFLICT, "Sudah ada", e.getMessage(), e.rule(), e.field());
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Aturan dilanggar", e.getMessage(), e.rule(), e.field());
    }

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalidValue(InvalidValue e) {
        return problem(HttpStatus.BAD_REQUEST, "Isian tidak sah", e.getMessage(), "malformed", e.field());
    }

    /** A rejected import names the line and path in the file besides the rule and the command's field. */
    @ExceptionHandler(ImportRejected.class)
    ProblemDetail importRejected(ImportRejected e) {
        boolean unreadable = switch (e.rule()) {
            case "malformed", "format-version", "unknown-section", "file-too-large" -> true;
            default -> false;
        };
        HttpStatus status = e.rule().equals("file-too-large") ? HttpStatus.PAYLOAD_TOO_LARGE
                : e.rule().equals("already-exists") ? HttpStatus.CONFLICT
                : e.rule().equals("forbidden") ? HttpStatus.FORBIDDEN
                : unreadable ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
        String where = (e.line() > 0 ? "baris " + e.line() + ", " : "") + (e.path().isEmpty() ? "" : e.path() + ": ");
        ProblemDetail problem = problem(status, "Impor ditolak", where + e.getMessage() + " — tidak ada yang disimpan",
                e.rule(), e.field());
        problem.setProperty("line", e.line());
        problem.setProperty("path", e.path());
        return problem;
    }

    @ExceptionHandler(AksesDitolak.class)
    ProblemDetail forbidden(AksesDitolak e) {
        return problem(HttpStatus.FORBIDDEN, "Tidak berwenang", e.getMessage(), "forbidden", null);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Tidak ditemukan", "'" + e.getAggregateIdentifier() + "' tidak ditemukan",
                "not-found", null);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Perubahan bersamaan",
                "data ini baru saja diubah oleh permintaan lain; muat ulang lalu coba lagi", "concurrent-change", null);
    }

    /** No database connection became free in time: nothing was stored, and the same request may simply be sent again. */
    @ExceptionHandler({CannotCreateTransactionException.class, SQLTransientConnectionException.class})
    ResponseEntity<ProblemDetail> busy(Exception e) {
        log.warn("no database connection for a request: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Sedang sibuk",
                        "layanan sedang sibuk; tidak ada data yang tersimpan, kirim ulang sebentar lagi", "busy", null));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("unexpected error, incident {}", incident, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Kesalahan sistem",
                "terjadi kesalahan yang tidak terduga; tidak ada data yang tersimpan. Kode insiden: " + incident,
                "internal", null);
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
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Isian tidak sah", detail,
                first == null ? "invalid" : ruleOf(first), first == null ? null : first.getField());
        problem.setProperty("violations", violations);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(RequestSizeLimit.BodyTooLarge.class)
    ProblemDetail bodyTooLarge(RequestSizeLimit.BodyTooLarge e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Permintaan terlalu besar", e.getMessage(), "too-large", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(bodyTooLarge(tooLarge));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Isian tidak sah",
                    "nilai untuk '" + field + "' tidak dapat dibaca: " + firstLine(mapping.getOriginalMessage()),
                    "malformed", field));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Isian tidak sah",
                "badan permintaan bukan JSON yang sah", "malformed", null));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Isian tidak sah",
                "'" + e.getValue() + "' bukan nilai yang sah untuk " + field, "malformed", field));
    }

    /** Spring MVC's other refusals (unknown path, wrong method or media type): its problem, plus our rule. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String rule = status.value() == 404 ? "not-found" : status.is4xxClientError() && status.value() != 400
                ? "unsupported" : status.is4xxClientError() ? "malformed" : "internal";
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ProblemDetail.forStatusAndDetail(status, HttpStatus.valueOf(status.value()).getReasonPhrase());
        problem.setType(URI.create("urn:kinerja:problem:" + rule));
        problem.setProperty("rule", rule);
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, String rule, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:kinerja:problem:" + rule));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.split("\n")[0];
    }

    /** The constraint's message in Indonesian for the constraints the API uses; the validator's own otherwise. */
    private static String pesan(FieldError error) {
        String code = error.getCode() == null ? "" : error.getCode();
        return switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> "wajib diisi";
            default -> String.valueOf(error.getDefaultMessage());
        };
    }

    private static String ruleOf(FieldError error) {
        String code = error.getCode();
        return code == null ? "invalid" : code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}

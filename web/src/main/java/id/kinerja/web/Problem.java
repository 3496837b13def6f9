package id.kinerja.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How every refusal of every service looks: {@code type} {@code urn:kinerja:problem:<rule>}, an Indonesian
 * {@code title} for the status, the {@code detail} users read, {@code rule}, {@code field} when one field is at
 * fault, and an {@code incident} id that is also in the service's log line, so a user's report can be found.
 */
public final class Problem {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problem() {
    }

    public static ProblemDetail of(int status, String rule, String detail, String field, String incident) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create("urn:kinerja:problem:" + rule));
        problem.setTitle(judul(status));
        problem.setProperty("rule", rule);
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("incident", incident);
        return problem;
    }

    public static ProblemDetail of(Masalah masalah, String incident) {
        ProblemDetail problem = of(masalah.status(), masalah.rule(), masalah.detail(), masalah.field(), incident);
        masalah.tambahan().forEach(problem::setProperty);
        return problem;
    }

    public static String incident() {
        return UUID.randomUUID().toString();
    }

    /** Writes a problem where no controller runs: servlet filters, the error page, the servlet container. */
    public static void tulis(HttpServletResponse response, int status, String rule, String detail) throws IOException {
        tulis(response, of(status, rule, detail, null, incident()));
    }

    /** Writes a refusal where no controller runs, as it describes itself. */
    public static void tulis(HttpServletResponse response, Masalah masalah) throws IOException {
        tulis(response, of(masalah, incident()));
    }

    private static void tulis(HttpServletResponse response, ProblemDetail problem) throws IOException {
        int status = problem.getStatus();
        String detail = problem.getDetail();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(problem.getProperties());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        JSON.writeValue(response.getOutputStream(), body);
    }

    static String judul(int status) {
        return switch (status) {
            case 400 -> "Permintaan tidak sah";
            case 401 -> "Belum masuk";
            case 403 -> "Tidak berwenang";
            case 404 -> "Tidak ditemukan";
            case 405 -> "Metode tidak diterima";
            case 406 -> "Format jawaban tidak tersedia";
            case 409 -> "Bertentangan dengan keadaan sekarang";
            case 413 -> "Permintaan terlalu besar";
            case 415 -> "Jenis isi tidak diterima";
            case 422 -> "Aturan dilanggar";
            case 503 -> "Layanan belum dapat menjawab";
            default -> status >= 500 ? "Kesalahan sistem" : "Permintaan ditolak";
        };
    }

    /** The rule of a bare status, for refusals that carry nothing else. */
    static String rule(int status) {
        return switch (status) {
            case 401 -> Kaidah.UNAUTHENTICATED;
            case 403 -> Kaidah.FORBIDDEN;
            case 404 -> Kaidah.NOT_FOUND;
            case 405 -> Kaidah.METHOD_NOT_ALLOWED;
            case 406 -> Kaidah.NOT_ACCEPTABLE;
            case 409 -> Kaidah.CONFLICT;
            case 413 -> Kaidah.TOO_LARGE;
            case 415 -> Kaidah.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> Kaidah.UNAVAILABLE;
            default -> status >= 500 ? Kaidah.INTERNAL : Kaidah.MALFORMED;
        };
    }
}

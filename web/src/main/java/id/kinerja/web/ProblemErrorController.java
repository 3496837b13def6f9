package id.kinerja.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The error page of every service, for what fails outside the controllers (a servlet filter, the request size
 * limit): a problem like any other, not Spring Boot's page of timestamp and path.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == null && failure == null) {
            // Asked for directly, not forwarded by the container: there is no such address for a client.
            Problem.tulis(response, 404, Kaidah.NOT_FOUND, "alamat " + request.getRequestURI() + " tidak ada");
            return;
        }
        int code = status instanceof Integer value ? value : 500;
        if (failure instanceof Masalah masalah) {
            Problem.tulis(response, masalah.status(), masalah.rule(), masalah.detail());
            return;
        }
        if (code >= 500 && failure instanceof Throwable thrown) {
            log.error("request failed outside the controllers: {}", request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), thrown);
        }
        Problem.tulis(response, code, Problem.rule(code), code >= 500
                ? "terjadi kesalahan yang tidak terduga; kesalahan telah dicatat"
                : "permintaan tidak dapat dilayani: " + Problem.judul(code).toLowerCase());
    }
}

package id.kinerja.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;

/**
 * Tomcat's own refusals — a path with an encoded slash ({@code %2F}) or characters a URL may not hold, rejected
 * before any servlet runs — as problems instead of Tomcat's HTML page naming the server and its version.
 */
public class ProblemValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        try {
            response.reset();
            Problem.tulis(response.getResponse(), status, Problem.rule(status), status == 400
                    ? "alamat permintaan tidak dapat dibaca (mis. garis miring yang dikodekan %2F atau karakter yang "
                    + "tidak diizinkan)" : status >= 500 ? "terjadi kesalahan yang tidak terduga"
                    : "permintaan tidak dapat dilayani: " + Problem.judul(status).toLowerCase());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone: nothing left to tell the client
        }
    }
}

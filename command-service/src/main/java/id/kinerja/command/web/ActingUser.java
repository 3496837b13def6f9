package id.kinerja.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Who is acting. Until authentication lands, the acting user is read from the documented request header
 * {@value #HEADER}; this is the only place that knows, so a token-based identity can replace it.
 */
@Component
public class ActingUser {

    public static final String HEADER = "X-Kinerja-User";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@+-]{1,100}");

    /** The acting user of the request; a request without one is refused. */
    public String of(HttpServletRequest request) {
        String user = request.getHeader(HEADER);
        if (user == null || user.isBlank()) {
            throw new MissingActor("header " + HEADER + " wajib diisi dengan nama pengguna yang bertindak");
        }
        if (!NAME.matcher(user).matches()) {
            throw new MissingActor("header " + HEADER + " berisi huruf, angka, . _ @ + - (maksimal 100 karakter)");
        }
        return user;
    }

    /** The request names no acceptable acting user. */
    public static class MissingActor extends RuntimeException {
        MissingActor(String message) {
            super(message, null, false, false);
        }
    }
}

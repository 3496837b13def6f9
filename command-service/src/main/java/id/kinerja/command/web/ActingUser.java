package id.kinerja.command.web;

import id.kinerja.security.Pengguna;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the user of the request's access token (the security filter has checked it), never a name the
 * request itself supplies. Their name is recorded with every event they cause.
 */
@Component
public class ActingUser {

    /** The authenticated user of the request. */
    public Pengguna of(HttpServletRequest request) {
        return Pengguna.sekarang().orElseThrow(() -> new IllegalStateException(
                "request " + request.getRequestURI() + " reached a controller without an authenticated user"));
    }
}

package id.kinerja.embedded;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dev issuer's sign-in page: user name and password, the authorization request carried along in hidden fields,
 * and the demo users listed so that a newcomer knows whom to try. Plain HTML, Indonesian, labelled fields.
 */
final class DevLoginPage {

    private DevLoginPage() {
    }

    static String html(String action, Map<String, String> request, String error, List<DevIssuer.Identity> users,
                       String username) {
        String hidden = request.entrySet().stream()
                .map(e -> "<input type=\"hidden\" name=\"" + escape(e.getKey()) + "\" value=\"" + escape(e.getValue())
                        + "\">")
                .collect(Collectors.joining("\n      "));
        String demo = users.stream().map(u -> "<li><code>" + escape(u.username()) + "</code> — "
                        + escape(String.join(", ", u.roles())) + "</li>")
                .collect(Collectors.joining("\n        "));
        String alert = error == null ? "" : "<p class=\"error\" role=\"alert\" id=\"kesalahan\">" + escape(error) + "</p>";
        return """
                <!doctype html>
                <html lang="id">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Masuk — Kinerja (pengembangan)</title>
                  <style>
                    body { font-family: system-ui, "DejaVu Sans", sans-serif; background: #eef2f6; color: #1d2733; margin: 0; }
                    main { max-width: 26rem; margin: 6vh auto; background: #fff; padding: 2rem 2.25rem;
                           border-radius: 10px; box-shadow: 0 2px 12px rgba(20, 40, 70, .12); }
                    h1 { font-size: 1.4rem; margin: 0 0 .25rem; color: #0b4f6c; }
                    p.note { color: #5a6878; font-size: .9rem; margin-top: 0; }
                    label { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
                    input[type=text], input[type=password] { width: 100%%; box-sizing: border-box; padding: .6rem .7rem;
                           border: 1px solid #9aa8b8; border-radius: 6px; font-size: 1rem; }
                    input:focus, button:focus { outline: 3px solid #f0b429; outline-offset: 1px; }
                    button { margin-top: 1.4rem; width: 100%%; padding: .7rem; background: #0b4f6c; color: #fff;
                             border: 0; border-radius: 6px; font-size: 1rem; font-weight: 600; cursor: pointer; }
                    .error { background: #fdecea; color: #8a1c12; padding: .6rem .8rem; border-radius: 6px; }
                    details { margin-top: 1.5rem; font-size: .9rem; color: #3a4756; }
                    code { background: #eef2f6; padding: 0 .25rem; border-radius: 3px; }
                  </style>
                </head>
                <body>
                <main>
                  <h1>Masuk ke Kinerja</h1>
                  <p class="note">Penerbit token khusus pengembangan. Semua pengguna demo memakai kata sandi <code>dev</code>.</p>
                  %s
                  <form method="post" action="%s">
                      %s
                    <label for="username">Nama pengguna</label>
                    <input type="text" id="username" name="username" autocomplete="username" required autofocus value="%s">
                    <label for="password">Kata sandi</label>
                    <input type="password" id="password" name="password" autocomplete="current-password" required>
                    <button type="submit" id="masuk">Masuk</button>
                  </form>
                  <details>
                    <summary>Pengguna demo</summary>
                    <ul>
                    %s
                    </ul>
                  </details>
                </main>
                </body>
                </html>
                """.formatted(alert, escape(action), hidden, escape(username == null ? "" : username), demo);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

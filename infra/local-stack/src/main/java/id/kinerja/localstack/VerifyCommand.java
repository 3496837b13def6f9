package id.kinerja.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * {@code verify <tenant> [--url=http://localhost:8081] [--token=… | --user=…]}: checks a tenant's event hash chain
 * on a running command-service, as an auditor by default, and prints the report; exit status 0 when the chain is intact, 1 when a link is broken.
 */
final class VerifyCommand {

    private VerifyCommand() {
    }

    static int run(String[] args) throws IOException, InterruptedException {
        String url = "http://localhost:8081";
        String tenant = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--url=")) {
                url = args[i].substring("--url=".length());
            } else if (!CliToken.isOption(args[i])) {
                tenant = args[i];
            }
        }
        if (tenant == null) {
            System.err.println("usage: verify <tenant code, e.g. 51.03> [--url=http://localhost:8081] " + CliToken.USAGE);
            return 2;
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/api/tenants/" + tenant + "/integritas"))
                        .header("Authorization", "Bearer " + CliToken.of(args, "auditor")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        boolean intact = response.statusCode() == 200 && response.body().contains("\"intact\":true");
        (intact ? System.out : System.err).println(response.body());
        return intact ? 0 : 1;
    }
}

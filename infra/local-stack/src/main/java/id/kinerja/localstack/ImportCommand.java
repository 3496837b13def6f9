package id.kinerja.localstack;

import id.kinerja.demo.ImportClient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code import <file> [--url=http://localhost:8081] [--user=name]}: sends a kinerja-import/1 file to a running
 * command-service and prints its report, or the rejected line and rule. Exit status 0 when accepted.
 */
final class ImportCommand {

    private ImportCommand() {
    }

    static int run(String[] args) throws IOException {
        String url = "http://localhost:8081";
        String user = System.getProperty("user.name", "importer");
        Path file = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--url=")) {
                url = args[i].substring("--url=".length());
            } else if (args[i].startsWith("--user=")) {
                user = args[i].substring("--user=".length());
            } else {
                file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: import <file.yaml> [--url=http://localhost:8081] [--user=name]");
            return 2;
        }
        HttpResponse<String> response = new ImportClient(url, user).send(Files.readString(file));
        boolean accepted = response.statusCode() == 201;
        (accepted ? System.out : System.err).println((accepted ? "imported " : "rejected (" + response.statusCode()
                + ") ") + file + "\n" + response.body());
        return accepted ? 0 : 1;
    }
}

package id.kinerja.localstack;

import id.kinerja.demo.ImportClient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code import <file> [--dry-run] [--url=http://localhost:8081] [--token=… | --user=…]}: sends a kinerja-import/1
 * file to a running command-service and prints its report, or the rejected line and rule. Exit status 0 when
 * accepted; with {@code --dry-run} every rule is applied and nothing is stored.
 */
final class ImportCommand {

    private ImportCommand() {
    }

    static int run(String[] args) throws IOException, InterruptedException {
        String url = "http://localhost:8081";
        Path file = null;
        boolean dryRun = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--url=")) {
                url = args[i].substring("--url=".length());
            } else if (CliToken.isOption(args[i])) {
                continue;
            } else if (args[i].equals("--dry-run")) {
                dryRun = true;
            } else {
                file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: import <file.yaml> [--dry-run] [--url=http://localhost:8081] " + CliToken.USAGE);
            return 2;
        }
        String token = CliToken.of(args, "pemuat.badung");
        HttpResponse<String> response = new ImportClient(url, (path, body) -> token).send(Files.readString(file), dryRun);
        boolean accepted = response.statusCode() / 100 == 2;
        String outcome = !accepted ? "rejected (" + response.statusCode() + ") " : dryRun ? "checked, nothing stored: "
                : "imported ";
        (accepted ? System.out : System.err).println(outcome + file + "\n" + response.body());
        return accepted ? 0 : 1;
    }
}

package id.kinerja.load;

import id.kinerja.load.bench.Profile;
import id.kinerja.load.bench.ScaleBenchmark;
import id.kinerja.load.bench.ScaleOut;
import id.kinerja.load.bench.Settings;
import id.kinerja.load.province.Shape;
import id.kinerja.load.province.SyntheticProvince;
import id.kinerja.load.send.CommandApi;
import id.kinerja.load.send.LoadCheck;
import id.kinerja.load.send.ProvinceLoad;
import id.kinerja.load.send.Users;
import id.kinerja.localstack.Platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./load-province [load|benchmark] [flags]} — see infra/load/README.md:
 * <ul>
 *   <li>{@code load}: starts the platform on this machine (as {@code ./run-local} does, on free ports), loads a
 *   synthetic province-year through command-service, checks that it arrived whole; {@code --keep-running} leaves the
 *   platform up to look at it;</li>
 *   <li>{@code benchmark}: the same, with the benchmarks before and after, and writes the results file;</li>
 *   <li>{@code scale-out}: one instance of command-service and query-service against two, the same load and ingest;</li>
 *   <li>{@code profile --recording=… --from=… --to=…}: where a recorded service's CPU went between two moments.</li>
 * </ul>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = Arrays.asList(args);
        boolean named = !rest.isEmpty() && !rest.get(0).startsWith("--");
        String command = named ? rest.get(0) : "load";
        Flags flags = new Flags(named ? rest.subList(1, rest.size()) : rest);
        Path root = Path.of(System.getProperty("kinerja.root", ".")).toAbsolutePath().normalize();
        switch (command) {
            case "load" -> load(province(flags), flags, root);
            case "benchmark" -> {
                SyntheticProvince province = province(flags);
                Settings settings = Settings.from(flags, root);
                flags.rejectUnknown();
                ScaleBenchmark.run(province, settings, root, System.out);
            }
            case "scale-out" -> {
                SyntheticProvince province = province(flags);
                Settings settings = Settings.from(flags, root);
                flags.rejectUnknown();
                ScaleOut.run(province, settings, root, System.out);
            }
            case "profile" -> {
                Path recording = Path.of(flags.string("recording", "infra/load/target/jfr/command-service.jfr"));
                Instant from = Instant.parse(flags.string("from", Instant.EPOCH.toString()));
                Instant to = Instant.parse(flags.string("to", Instant.now().toString()));
                int top = flags.integer("top", 15);
                flags.rejectUnknown();
                System.out.print(Profile.of(recording, from, to).markdown(recording.getFileName() + ", " + from
                        + " – " + to, top));
            }
            default -> throw new IllegalArgumentException("unknown command " + command
                    + ": load, benchmark, scale-out or profile");
        }
        System.exit(0); // the embedded broker's threads would keep the JVM alive
    }

    private static SyntheticProvince province(Flags flags) {
        return new SyntheticProvince(Shape.province().with(flags));
    }

    private static void load(SyntheticProvince province, Flags flags, Path root) throws Exception {
        int clients = flags.integer("clients", 16);
        boolean keep = flags.bool("keep-running", false);
        flags.rejectUnknown();
        Path logs = Files.createDirectories(root.resolve("infra/load/target/platform-logs"));
        // The portal only when someone will look at the loaded province in it.
        Platform.Options options = keep ? Platform.Options.defaults() : Platform.Options.defaults().withoutPortal();
        try (Platform platform = Platform.start(root, logs, Platform.Ports.free(), options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
            Users users = new Users(platform.issuer());
            CommandApi api = new CommandApi(platform.commandUrls(), users, CommandApi.Routing.BY_AGGREGATE);
            ProvinceLoad.Report report = new ProvinceLoad(province, api, clients, System.out).run();
            LoadCheck.Result check = LoadCheck.of(platform, users)
                    .check(province, Duration.ofMinutes(60), Math.max(1, province.opds().size() / 40));
            System.out.printf("event store holds %,d events, %,d records published, query-service applied %,d (caught"
                            + " up %s after the load); read back: %s; %d requests refused%n", check.stored(),
                    check.published(), check.applied(), check.catchUp(),
                    check.mismatches().isEmpty() ? "as drawn" : check.mismatches(), report.errors());
            if (keep) {
                System.out.printf("%ncommand-service %s%nquery-service %s%nreporting-service %s%nportal %s%n"
                                + "token issuer %s (test-only; tokens are minted in this process)%nCtrl-C stops.%n",
                        platform.commandUrl(), platform.queryUrl(), platform.reportingUrl(), platform.portalUrl(),
                        platform.issuer().issuer());
                Thread.currentThread().join();
            }
        }
    }
}

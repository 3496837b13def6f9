package id.kinerja.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Command-line flags {@code --name=value} (a bare {@code --name} is {@code true}); unknown ones are refused. */
public final class Flags {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();
    private final String given;

    public Flags(List<String> args) {
        this.given = String.join(" ", args);
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("not a flag: " + arg + " (flags look like --kabupaten=4)");
            }
            int eq = arg.indexOf('=');
            values.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
    }

    /** The flags as they were given, for a report to say how it was run. */
    public String given() {
        return given;
    }

    public String string(String name, String otherwise) {
        read.add(name);
        return values.getOrDefault(name, otherwise);
    }

    public int integer(String name, int otherwise) {
        return Integer.parseInt(string(name, Integer.toString(otherwise)));
    }

    public long number(String name, long otherwise) {
        return Long.parseLong(string(name, Long.toString(otherwise)));
    }

    public double share(String name, double otherwise) {
        return Double.parseDouble(string(name, Double.toString(otherwise)));
    }

    public boolean bool(String name, boolean otherwise) {
        return Boolean.parseBoolean(string(name, Boolean.toString(otherwise)));
    }

    /** Refuses flags nobody asked for: a typo should not silently run the default. */
    public void rejectUnknown() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown flag(s): " + unknown + "; known: " + read);
        }
    }
}

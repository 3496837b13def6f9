package id.kinerja.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A story told to the command API, step by step, as a user would: register the daerah, declare the Renstra,
 * draft and sign the PK, amend it. Scenarios live in {@code demo/<name>.json}; each step names its phase
 * (induk, perubahan, realisasi) so a test can stop between them and look.
 */
public record Scenario(String name, String source, String note, List<Step> steps) {

    /** One request: the expected status is part of the story, anything else stops it. */
    public record Step(String phase, String title, String method, String path, JsonNode body, int expect) {
    }

    public static Scenario load(String name) {
        String resource = "demo/" + name + ".json";
        try (InputStream in = Scenario.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario " + resource + " on the classpath");
            }
            return new ObjectMapper().readValue(in, Scenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    public List<Step> phase(String phase) {
        return steps.stream().filter(step -> step.phase().equals(phase)).toList();
    }
}

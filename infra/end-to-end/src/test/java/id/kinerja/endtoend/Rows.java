package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds a row of query-service's answers by its code. */
final class Rows {

    private Rows() {
    }

    /** An indicator's line of a {@code /capaian} answer. */
    static JsonNode indicator(JsonNode capaian, String code) {
        for (JsonNode line : capaian.path("indicators")) {
            if (line.path("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no indicator " + code + " in " + capaian);
    }

    /** A program's line of an {@code /anggaran} answer. */
    static JsonNode program(JsonNode anggaran, String code) {
        for (JsonNode sasaran : anggaran.path("sasaran")) {
            for (JsonNode program : sasaran.path("rincian")) {
                if (program.path("code").asText().equals(code)) {
                    return program;
                }
            }
        }
        throw new AssertionError("no program " + code + " in " + anggaran);
    }
}

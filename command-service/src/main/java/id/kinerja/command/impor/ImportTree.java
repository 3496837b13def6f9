package id.kinerja.command.impor;

import com.fasterxml.jackson.databind.JsonNode;

/** An import file read into a tree, which still knows where in the file each node came from. */
interface ImportTree {

    JsonNode root();

    /** Where the node at this path (e.g. {@code pk.programs[2].name}) stands in the file. */
    Location location(String path);

    /** A line (or spreadsheet row) and a path (or cell, e.g. {@code Rencana Aksi!F7}); line 0 when unknown. */
    record Location(int line, String path) {
    }

    /** The path itself if known, else its nearest known ancestor ({@code a.b[2].c} → {@code a.b[2]} → …), else "". */
    static String nearestKnown(String path, java.util.function.Predicate<String> known) {
        String at = path;
        while (!at.isEmpty() && !known.test(at)) {
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        return at;
    }
}

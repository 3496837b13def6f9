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
}

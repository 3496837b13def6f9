package id.kinerja.command.shared;

import id.kinerja.api.nomenklatur.Nomenklatur;
import id.kinerja.api.nomenklatur.Nomenklatur.Entry;
import id.kinerja.api.nomenklatur.Nomenklatur.Level;

import java.util.stream.Collectors;

/**
 * Finds the national nomenclature code of a program, kegiatan or sub kegiatan by the name a document prints, under
 * its parent's code where that is known. Used by the import, which reports what it could not map, and by the PK for
 * elements added without a code.
 */
public final class NomenklaturNames {

    private NomenklaturNames() {
    }

    /** The code found, or why there is none ({@code problem}: unknown, or ambiguous with the candidates). */
    public record Mapping(String code, String problem) {

        public boolean mapped() {
            return code != null;
        }
    }

    public static Mapping map(Level level, String parentCode, String name) {
        Nomenklatur.Lookup lookup = Nomenklatur.catalogue().lookup(level, parentCode, name);
        if (lookup.found().isPresent()) {
            return new Mapping(lookup.found().get().code(), null);
        }
        if (lookup.ambiguous()) {
            return new Mapping(null, "nama ini ada di beberapa urusan ("
                    + lookup.candidates().stream().map(Entry::code).collect(Collectors.joining(", "))
                    + "); tulis kodenya di 'nomenklatur'");
        }
        return new Mapping(null, parentCode == null && level != Level.PROGRAM
                ? "tidak ditemukan di katalog nomenklatur (induknya tidak berkode)"
                : "tidak ditemukan di katalog nomenklatur" + (parentCode == null ? "" : " di bawah " + parentCode));
    }
}

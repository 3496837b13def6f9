package id.kinerja.queryapi.provinsi;

import id.kinerja.api.nomenklatur.Nomenklatur;

/**
 * How a program is lined up across daerah, which each number their own P01, P02 …: by its national nomenclature code
 * as recorded, else the code the catalogue knows for its name (events recorded before codes existed), else by its name
 * with case, punctuation and spacing ignored.
 *
 * @param matchedBy {@code KODE} or {@code NAMA}
 * @param name      the catalogue's name for a code, else the name as recorded
 */
public record ProgramKey(String key, String code, String matchedBy, String name) {

    static ProgramKey of(String recorded, String name) {
        String code = recorded != null ? recorded : Nomenklatur.catalogue()
                .lookup(Nomenklatur.Level.PROGRAM, null, name).found().map(Nomenklatur.Entry::code).orElse(null);
        if (code != null) {
            String national = Nomenklatur.catalogue().entry(code).map(Nomenklatur.Entry::name).orElse(name);
            return new ProgramKey("kode:" + code, code, "KODE", national);
        }
        return new ProgramKey("nama:" + Nomenklatur.normalised(name), null, "NAMA", name);
    }
}

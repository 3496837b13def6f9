package id.kinerja.load.province;

import java.util.List;

/** Names of made-up people for the signatories: Indonesian in sound, nobody in particular. */
final class Names {

    private static final List<String> FIRST = List.of("Agus", "Budi", "Dewi", "Eko", "Fitri", "Gunawan", "Hadi",
            "Indah", "Joko", "Kartika", "Lestari", "Made", "Nyoman", "Purnama", "Ratna", "Slamet", "Teguh", "Utami",
            "Wahyu", "Yuliani", "Andi", "Siti", "Bambang", "Rina", "Hendra", "Sri", "Dedi", "Nurul", "Rudi", "Wayan");
    private static final List<String> LAST = List.of("Santoso", "Wibowo", "Susanto", "Hidayat", "Prasetyo", "Setiawan",
            "Kurniawan", "Rahayu", "Saputra", "Wijaya", "Nugroho", "Hartono", "Suryadi", "Pratama", "Gunadi",
            "Harjono", "Sutrisno", "Wardani", "Permana", "Syahputra");

    private Names() {
    }

    static String person(Rng rng) {
        return rng.pick(FIRST) + " " + rng.pick(LAST);
    }
}

package id.kinerja.api.common;

/**
 * A person who signs a Perjanjian Kinerja: Pihak Pertama (the head of the perangkat daerah) or Pihak Kedua
 * (the Bupati/Wali Kota). Rank (pangkat) and NIP are printed under civil servants' names; a Bupati has none.
 */
public record Signatory(String name, String position, String rank, String nip) {
}

package id.kinerja.rulebook;

/**
 * One rule of the book as users read it.
 *
 * @param id     stable identifier, the same in the API, the documents and the tests (e.g. {@code capaian})
 * @param nama   its name
 * @param teks   exactly what is computed, in Indonesian, as the API and the documents state it
 * @param sumber where the rule comes from: the seed document and table, or the decision that fixed it
 */
public record Aturan(String id, String nama, String teks, String sumber) {
}

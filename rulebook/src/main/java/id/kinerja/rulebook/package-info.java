/**
 * The rule book: every formula and band of SAKIP performance accounting the platform applies, each with the text
 * users read ({@link id.kinerja.rulebook.Aturan}) and the seed table it comes from. query-service, reporting-service
 * and the portal compute capaian, kategori, averages, efisiensi, tingkat kemajuan, formula values and roll-ups only
 * through it. Plain Java: no Spring, no I/O, and no arithmetic that can fail on a stored value — a value outside
 * {@link id.kinerja.rulebook.Batas} is shown with a marker and a reason instead of computed.
 */
package id.kinerja.rulebook;

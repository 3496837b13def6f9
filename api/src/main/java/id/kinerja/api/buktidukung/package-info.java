/**
 * Bukti dukung: the evidence behind a realisasi or a budget realisation — PDF, images, spreadsheets, documents —
 * stored by their SHA-256, attached and removed as events.
 */
package id.kinerja.api.buktidukung;

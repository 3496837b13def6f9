/** Kendala (obstacles) and tindak lanjut (follow-up) per indicator and period. */
package id.kinerja.api.kendala;

/**
 * What a PK's documents say beyond the numbers the platform computes: the figures a typed document printed
 * (kept to show where it contradicts itself) and the narrative sections of the LKjIP written by the OPD.
 */
package id.kinerja.api.dokumen;

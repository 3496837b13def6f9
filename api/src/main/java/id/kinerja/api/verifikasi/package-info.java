/**
 * The reporting cycle of a period: the perangkat daerah submits it ({@link id.kinerja.api.verifikasi.SubmitPeriode},
 * ajukan), the verifier — Bappeda or the Inspektorat — verifies it or returns it with a note
 * ({@link id.kinerja.api.verifikasi.RecordVerifikasi}), and a verified period stays locked until it is reopened with
 * a reason ({@link id.kinerja.api.verifikasi.ReopenPeriode}).
 */
package id.kinerja.api.verifikasi;

package id.kinerja.queryapi.fakta;

import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiDukungRemoved;
import id.kinerja.api.dokumen.NarrativeWritten;
import id.kinerja.api.dokumen.StatedFigureRecorded;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetAmendment;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.realisasi.RealisasiAnggaranCorrected;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.rencanaaksi.RencanaAnggaranSet;
import id.kinerja.api.renstra.RealisasiTahunanRecorded;
import id.kinerja.api.renstra.RenstraEndTargetSet;
import id.kinerja.api.renstra.RenstraTargetSet;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.SasaranStrategisAdded;
import id.kinerja.api.renstra.StandarNasionalSet;
import id.kinerja.api.renstra.Tujuan;
import id.kinerja.api.renstra.TujuanAdded;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.rulebook.Realisasi;

import java.time.Instant;
import java.util.List;

/**
 * The one reading of the recorded events on the read side: what each api event changes in the facts of a tenant.
 * query-service's projections and the auditor's in-memory fold both go through it, so the two can never read an
 * event differently (values set while drafting belong to revision 0, the PK induk; a PK Perubahan's new lines,
 * targets and pagu belong to its revision). Events the read side does not keep are passed over.
 */
public final class Peristiwa {

    private Peristiwa() {
    }

    /** Tells {@code to} what {@code event}, recorded at {@code at} by {@code actor}, changes. */
    public static void terapkan(Object event, Instant at, String actor, Perubahan to) {
        if (event instanceof PemerintahDaerahRegistered e) {
            to.pemda(e.tenant(), e.name(), e.jenis(), at);
        } else if (event instanceof PerangkatDaerahRegistered e) {
            to.perangkatDaerah(e.opd(), e.name(), at);
        } else if (event instanceof TujuanAdded e) {
            to.renstraNode(e.renstra(), "TUJUAN", e.tujuan().code(), null, e.tujuan().name(), e.tujuan().indicators(),
                    at);
        } else if (event instanceof SasaranStrategisAdded e) {
            to.renstraNode(e.renstra(), "SASARAN", e.sasaran().code(), e.sasaran().tujuanCode(), e.sasaran().name(),
                    e.sasaran().indicators(), at);
        } else if (event instanceof RenstraTargetSet e) {
            to.renstraTarget(e.renstra(), e.indicatorCode(), Perubahan.TAHUNAN, e.year(), e.target(), e.reason(), at);
        } else if (event instanceof RenstraEndTargetSet e) {
            to.renstraTarget(e.renstra(), e.indicatorCode(), Perubahan.AKHIR, e.renstra().lastYear(), e.target(),
                    e.reason(), at);
        } else if (event instanceof RealisasiTahunanRecorded e) {
            to.pembanding(e.renstra(), e.indicatorCode(), Perubahan.REALISASI, e.year(), e.value(), e.source(),
                    e.reason(), at);
        } else if (event instanceof StandarNasionalSet e) {
            to.pembanding(e.renstra(), e.indicatorCode(), Perubahan.STANDAR_NASIONAL, e.year(), e.value(),
                    e.source(), e.reason(), at);
        } else {
            perjanjianKinerja(event, at, actor, to);
        }
    }

    private static void perjanjianKinerja(Object event, Instant at, String actor, Perubahan to) {
        if (event instanceof PerjanjianKinerjaDrafted e) {
            to.pk(e.pk(), e.renstra(), at);
            for (Tujuan tujuan : nonNull(e.tujuan())) {
                to.pkNode(e.pk(), "TUJUAN", tujuan.code(), null, tujuan.name(), null, tujuan.indicators(), 0, at);
            }
            for (SasaranStrategis sasaran : nonNull(e.sasaran())) {
                to.pkNode(e.pk(), "SASARAN", sasaran.code(), sasaran.tujuanCode(), sasaran.name(), null,
                        sasaran.indicators(), 0, at);
            }
        } else if (event instanceof ProgramAdded e) {
            program(e.pk(), e.program(), 0, at, to);
        } else if (event instanceof KegiatanAdded e) {
            kegiatan(e.pk(), e.kegiatan(), 0, at, to);
        } else if (event instanceof SubKegiatanAdded e) {
            subKegiatan(e.pk(), e.subKegiatan(), 0, at, to);
        } else if (event instanceof TargetSet e) {
            to.target(e.pk(), e.indicatorCode(), e.target(), 0, at);
        } else if (event instanceof PaguSet e) {
            to.pagu(e.pk(), e.subKegiatanCode(), e.pagu() == null ? null : e.pagu().amount(), 0, at);
        } else if (event instanceof PerjanjianKinerjaSigned e) {
            to.revisi(e.pk(), new Revisi(e.revision(), Revisi.jenis(e.revision()), null, null, e.signedOn(),
                    e.signedOn(), e.place(), e.pihakPertama(), e.pihakKedua(), at));
        } else if (event instanceof PerjanjianKinerjaAmended e) {
            amended(e, at, to);
        } else {
            pelaksanaan(event, at, actor, to);
        }
    }

    private static void amended(PerjanjianKinerjaAmended e, Instant at, Perubahan to) {
        to.revisi(e.pk(), new Revisi(e.revision(), Revisi.jenis(e.revision()), e.reason() == null ? null
                : e.reason().name(), e.explanation(), e.effectiveDate(), e.signedOn(), e.place(), e.pihakPertama(),
                e.pihakKedua(), at));
        nonNull(e.newPrograms()).forEach(p -> program(e.pk(), p, e.revision(), at, to));
        nonNull(e.newKegiatan()).forEach(k -> kegiatan(e.pk(), k, e.revision(), at, to));
        nonNull(e.newSubKegiatan()).forEach(s -> subKegiatan(e.pk(), s, e.revision(), at, to));
        for (TargetAmendment change : nonNull(e.targets())) {
            to.target(e.pk(), change.indicatorCode(), change.after(), e.revision(), at);
        }
        for (PaguAmendment change : nonNull(e.pagu())) {
            to.pagu(e.pk(), change.subKegiatanCode(), change.after() == null ? null : change.after().amount(),
                    e.revision(), at);
        }
    }

    /** What happens under a signed PK: plans, realisasi, verification, the report's text. */
    private static void pelaksanaan(Object event, Instant at, String actor, Perubahan to) {
        if (event instanceof RencanaAksiSet e) {
            to.rencanaAksi(e.pk(), e.indicatorCode(), nonNull(e.targets()), e.responsible(), e.reason(),
                    e.basedOnRevision(), at);
        } else if (event instanceof RencanaAnggaranSet e) {
            to.rencanaAnggaran(e.pk(), e.subKegiatanCode(), nonNull(e.plan()), e.reason(), e.basedOnRevision(), at);
        } else if (event instanceof RealisasiRecorded e) {
            to.realisasi(e.pk(), e.indicatorCode(), e.period(), new Realisasi(e.value(),
                    e.value() == null ? e.pendingReason() : null, null), e.components(), e.formula(),
                    e.statedValue(), e.lewatTenggat(), at);
        } else if (event instanceof RealisasiCorrected e) {
            to.realisasi(e.pk(), e.indicatorCode(), e.period(), new Realisasi(e.value(),
                    e.value() == null ? e.pendingReason() : null, e.reason()), e.components(), e.formula(), null, e.lewatTenggat(),
                    at);
        } else if (event instanceof RealisasiAnggaranRecorded e) {
            to.realisasiAnggaran(e.pk(), e.subKegiatanCode(), e.month(), e.amount().amount(), null,
                    e.lewatTenggat(), at);
        } else if (event instanceof RealisasiAnggaranCorrected e) {
            to.realisasiAnggaran(e.pk(), e.subKegiatanCode(), e.month(), e.amount().amount(), e.reason(),
                    e.lewatTenggat(), at);
        } else if (event instanceof VerifikasiRecorded e) {
            to.verifikasi(e.pk(), e.period(), e.hasil().name(), e.catatan(), actor, at);
        } else if (event instanceof PeriodeSubmitted e) {
            to.diajukan(e.pk(), e.period(), e.catatan(), e.tenggat(), e.terlambat(), actor, at);
        } else if (event instanceof PeriodeReopened e) {
            to.dibukaKembali(e.pk(), e.period(), e.alasan(), actor, at);
        } else if (event instanceof KendalaRecorded e) {
            to.kendala(e.pk(), e.indicatorCode(), e.period(), e.kendala(), e.tindakLanjut(), actor, at);
        } else if (event instanceof BuktiDukungAttached e) {
            to.buktiDukung(e.pk(), e.untuk(), e.berkas(), true, actor, at);
        } else if (event instanceof BuktiDukungRemoved e) {
            to.buktiDukung(e.pk(), e.untuk(), e.berkas(), false, actor, at);
        } else if (event instanceof NarrativeWritten e) {
            to.narasi(e.pk(), e.section(), e.text(), at);
        } else if (event instanceof StatedFigureRecorded e) {
            to.angkaTertulis(e, at);
        }
    }

    private static void program(PerjanjianKinerjaId pk, Program program, int revision, Instant at, Perubahan to) {
        to.pkNode(pk, "PROGRAM", program.code(), program.sasaranCode(), program.name(), program.nomenklatur(),
                program.indicators(), revision, at);
    }

    private static void kegiatan(PerjanjianKinerjaId pk, Kegiatan kegiatan, int revision, Instant at, Perubahan to) {
        to.pkNode(pk, "KEGIATAN", kegiatan.code(), kegiatan.programCode(), kegiatan.name(), kegiatan.nomenklatur(),
                kegiatan.indicators(), revision, at);
    }

    private static void subKegiatan(PerjanjianKinerjaId pk, SubKegiatan sub, int revision, Instant at, Perubahan to) {
        to.pkNode(pk, "SUB_KEGIATAN", sub.code(), sub.kegiatanCode(), sub.name(), sub.nomenklatur(),
                sub.indicators(), revision, at);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package id.kinerja.reporting.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetAmendment;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.Tujuan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds a PK's raw events into what its documents print, without any projection: the auditor's way to read
 * history. Events are given in the order they were stored, up to the time asked for; the fold stops before the
 * PK Perubahan that follows the revision asked for.
 */
public final class PkFold {

    private final PkRef ref;
    private String pemdaName;
    private String opdName;
    private final List<Tujuan> tujuan = new ArrayList<>();
    private final List<SasaranStrategis> sasaran = new ArrayList<>();
    private final List<Program> programs = new ArrayList<>();
    private final List<Kegiatan> kegiatan = new ArrayList<>();
    private final List<SubKegiatan> subKegiatan = new ArrayList<>();
    private final Map<String, Nilai> targets = new HashMap<>();
    private final Map<String, Long> pagu = new HashMap<>();
    private final Map<String, RencanaAksiData.Rencana> rencanaAksi = new HashMap<>();
    private PkData.Revisi revisi;
    private boolean drafted;
    private boolean stopped;

    public PkFold(PkRef ref) {
        this.ref = ref;
    }

    /** Applies one stored event; events of other OPDs, and what a PK document does not print, are passed over. */
    public void apply(Object event) {
        if (stopped) {
            return;
        }
        if (event instanceof PemerintahDaerahRegistered registered) {
            if (registered.tenant().code().equals(ref.tenant())) {
                pemdaName = registered.name();
            }
        } else if (event instanceof PerangkatDaerahRegistered registered) {
            if (registered.opd().code().equals(ref.opd()) && registered.opd().tenant().code().equals(ref.tenant())) {
                opdName = registered.name();
            }
        } else if (event instanceof PerjanjianKinerjaDrafted draft) {
            drafted = true;
            tujuan.addAll(draft.tujuan());
            sasaran.addAll(draft.sasaran());
        } else if (event instanceof ProgramAdded added) {
            programs.add(added.program());
        } else if (event instanceof KegiatanAdded added) {
            kegiatan.add(added.kegiatan());
        } else if (event instanceof SubKegiatanAdded added) {
            subKegiatan.add(added.subKegiatan());
        } else if (event instanceof TargetSet set) {
            targets.put(set.indicatorCode(), set.target());
        } else if (event instanceof PaguSet set) {
            pagu.put(set.subKegiatanCode(), set.pagu().amount());
        } else if (event instanceof PerjanjianKinerjaSigned signed) {
            revisi = new PkData.Revisi(signed.revision(), "PK_INDUK", null, null, signed.signedOn(), signed.signedOn(),
                    signed.place(), signed.pihakPertama(), signed.pihakKedua());
        } else if (event instanceof PerjanjianKinerjaAmended amended) {
            amend(amended);
        } else if (event instanceof RencanaAksiSet set) {
            Map<String, Nilai> targets = new HashMap<>();
            set.targets().forEach(target -> targets.put(target.period().name(), target.target()));
            rencanaAksi.put(set.indicatorCode(), new RencanaAksiData.Rencana(targets, set.responsible()));
        }
    }

    private void amend(PerjanjianKinerjaAmended amended) {
        if (ref.revision() != null && amended.revision() > ref.revision()) {
            stopped = true;
            return;
        }
        programs.addAll(amended.newPrograms());
        kegiatan.addAll(amended.newKegiatan());
        subKegiatan.addAll(amended.newSubKegiatan());
        for (TargetAmendment target : amended.targets()) {
            targets.put(target.indicatorCode(), target.after());
        }
        for (PaguAmendment line : amended.pagu()) {
            pagu.put(line.subKegiatanCode(), line.after().amount());
        }
        revisi = new PkData.Revisi(amended.revision(), "PK_PERUBAHAN", amended.reason().name(), amended.explanation(),
                amended.effectiveDate(), amended.signedOn(), amended.place(), amended.pihakPertama(),
                amended.pihakKedua());
    }

    /** The Rencana Aksi folded so far, with the PK's. */
    public Optional<RencanaAksiData> rencanaAksi(Instant asOf) {
        return result(asOf).map(pk -> new RencanaAksiData(rencanaAksi.values().stream()
                .anyMatch(plan -> plan.targets().keySet().stream().noneMatch(period -> period.startsWith("TW"))),
                Map.copyOf(rencanaAksi)));
    }

    /** The PK folded so far; empty when it was not drafted, or the revision asked for was not signed by then. */
    public Optional<PkData> result(Instant asOf) {
        if (!drafted || (ref.revision() != null && (revisi == null || revisi.revision() != ref.revision()))) {
            return Optional.empty();
        }
        List<PkData.Sasaran> sasaranData = sasaran.stream().map(s -> {
            List<PkData.Program> programData = programs.stream().filter(p -> p.sasaranCode().equals(s.code()))
                    .map(this::program).toList();
            return new PkData.Sasaran(s.code(), s.name(), s.tujuanCode(), indicators(s.indicators()), programData,
                    programData.stream().mapToLong(PkData.Program::pagu).sum());
        }).toList();
        return Optional.of(new PkData(ref.tenant(), pemdaName, ref.opd(), opdName, ref.year(), asOf, revisi,
                tujuan.stream().map(t -> new PkData.Tujuan(t.code(), t.name(), indicators(t.indicators()))).toList(),
                sasaranData, sasaranData.stream().mapToLong(PkData.Sasaran::pagu).sum()));
    }

    private PkData.Program program(Program program) {
        List<PkData.Kegiatan> children = kegiatan.stream().filter(k -> k.programCode().equals(program.code()))
                .map(k -> {
                    List<PkData.SubKegiatan> subs = subKegiatan.stream()
                            .filter(s -> s.kegiatanCode().equals(k.code()))
                            .map(s -> new PkData.SubKegiatan(s.code(), s.name(), indicators(s.indicators()),
                                    pagu.get(s.code())))
                            .toList();
                    return new PkData.Kegiatan(k.code(), k.name(), indicators(k.indicators()), subs,
                            subs.stream().mapToLong(s -> s.pagu() == null ? 0 : s.pagu()).sum());
                }).toList();
        return new PkData.Program(program.code(), program.name(), indicators(program.indicators()), children,
                children.stream().mapToLong(PkData.Kegiatan::pagu).sum());
    }

    private List<PkData.Indikator> indicators(List<Indicator> indicators) {
        return indicators.stream().map(i -> new PkData.Indikator(i.code(), i.name(), i.unit(), targets.get(i.code())))
                .toList();
    }
}

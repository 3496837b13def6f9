package id.kinerja.command.pk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kinerja.api.buktidukung.AttachBuktiDukung;
import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiDukungRemoved;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.buktidukung.RemoveBuktiDukung;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.dokumen.NarrativeWritten;
import id.kinerja.api.dokumen.RecordStatedFigure;
import id.kinerja.api.dokumen.StatedFigureRecorded;
import id.kinerja.api.dokumen.WriteNarrative;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.kendala.RecordKendala;
import id.kinerja.api.pk.AddKegiatan;
import id.kinerja.api.pk.AddProgram;
import id.kinerja.api.pk.AddSubKegiatan;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.AmendPerjanjianKinerja;
import id.kinerja.api.pk.DraftPerjanjianKinerja;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PaguChange;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SetPagu;
import id.kinerja.api.pk.SetTarget;
import id.kinerja.api.pk.SignPerjanjianKinerja;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetAmendment;
import id.kinerja.api.pk.TargetChange;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.realisasi.CorrectRealisasi;
import id.kinerja.api.realisasi.CorrectRealisasiAnggaran;
import id.kinerja.api.realisasi.RealisasiAnggaranCorrected;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.rencanaaksi.RencanaAnggaranSet;
import id.kinerja.api.rencanaaksi.SetRencanaAksi;
import id.kinerja.api.rencanaaksi.SetRencanaAnggaran;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.RecordVerifikasi;
import id.kinerja.api.verifikasi.ReopenPeriode;
import id.kinerja.api.verifikasi.SubmitPeriode;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.command.buktidukung.DaftarBuktiDukung;
import id.kinerja.command.jadwal.Jadwal;
import id.kinerja.command.jadwal.JadwalDaerah;
import id.kinerja.command.kendala.CatatanKendala;
import id.kinerja.command.pk.Cascade.DefinedIndicator;
import id.kinerja.command.pk.Cascade.Level;
import id.kinerja.command.realisasi.RealisasiLedger;
import id.kinerja.command.rencanaaksi.RencanaAksiRules;
import id.kinerja.command.renstra.Renstra;
import id.kinerja.command.shared.Batas;
import id.kinerja.command.shared.ConcurrentChange;
import id.kinerja.command.shared.DomainClock;
import id.kinerja.command.shared.IndicatorRules;
import id.kinerja.command.shared.RuleViolation;
import id.kinerja.command.verifikasi.SiklusPelaporan;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.Texts.hasText;
import static id.kinerja.command.shared.Texts.trimmed;
import static id.kinerja.command.shared.RuleViolation.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A Perjanjian Kinerja (PK): what the head of a perangkat daerah promises the Bupati/Wali Kota for one year —
 * targets on every level of the cascade and the budget behind them — and, as the same consistency boundary,
 * the year's Rencana Aksi and realisasi that are measured against it. A draft is edited freely; once signed it
 * changes only through {@link AmendPerjanjianKinerja}, each amendment a new revision. Each period's report goes
 * through the reporting cycle ({@link SiklusPelaporan}): submitted with its bukti dukung and kendala, verified, locked.
 * <p>
 * The snapshot revision changes whenever the state kept here does: snapshots of another revision are skipped and
 * the aggregate is rebuilt from its events (revision 2: the reporting cycle replaced the verdict map).
 */
@Aggregate(repository = "perjanjianKinerjaRepository")
@org.axonframework.serialization.Revision("2") // not pk.Revision, the PK revision in force
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class PerjanjianKinerja {

    @AggregateIdentifier
    private PerjanjianKinerjaId id;
    private RenstraId renstra;
    private Cascade cascade = new Cascade();
    private Map<String, Nilai> targets = new HashMap<>();
    private Map<String, Rupiah> pagu = new HashMap<>();
    /** The signed revision in force; null while the PK is a draft. */
    private Revision revision;
    private Map<String, PlannedTargets> rencanaAksi = new HashMap<>();
    private Map<String, List<MonthlyAmount>> rencanaAnggaran = new HashMap<>();
    private RealisasiLedger ledger = new RealisasiLedger();
    private SiklusPelaporan siklus = new SiklusPelaporan();
    private DaftarBuktiDukung bukti = new DaftarBuktiDukung();
    private CatatanKendala kendala = new CatatanKendala();
    private Map<String, String> narrative = new HashMap<>();

    protected PerjanjianKinerja() {
    }

    /** Created by {@link PerjanjianKinerjaDrafting}, which reads the Renstra it is drafted from. */
    PerjanjianKinerja(DraftPerjanjianKinerja command, Renstra.Content renstraContent) {
        require(!renstraContent.sasaran().isEmpty() && !renstraContent.indicators().isEmpty(), "renstra-empty",
                "renstra", "Renstra " + renstraContent.id() + " belum memiliki sasaran dan indikator");
        apply(new PerjanjianKinerjaDrafted(command.pk(), renstraContent.id(), renstraContent.tujuan(),
                renstraContent.sasaran()));
    }

    // --- drafting -------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AddProgram command) {
        requireDraft();
        Program program = cascade.withNomenklatur(command.program());
        cascade.checkProgram(program, "program");
        apply(new ProgramAdded(id, program));
    }

    @CommandHandler
    void handle(AddKegiatan command) {
        requireDraft();
        Kegiatan kegiatan = cascade.withNomenklatur(command.kegiatan());
        cascade.checkKegiatan(kegiatan, "kegiatan");
        apply(new KegiatanAdded(id, kegiatan));
    }

    @CommandHandler
    void handle(AddSubKegiatan command) {
        requireDraft();
        SubKegiatan subKegiatan = cascade.withNomenklatur(command.subKegiatan());
        cascade.checkSubKegiatan(subKegiatan, "subKegiatan");
        apply(new SubKegiatanAdded(id, subKegiatan));
    }

    @CommandHandler
    void handle(SetTarget command) {
        requireDraft();
        DefinedIndicator indicator = cascade.requireIndicator(command.indicatorCode(), "indicatorCode");
        require(command.target() != null, "required", "target", "target wajib diisi");
        IndicatorRules.checkValue(indicator.definition(), command.target(), "target");
        Nilai previous = targets.get(command.indicatorCode());
        if (!command.target().sameValueAs(previous)) {
            apply(new TargetSet(id, command.indicatorCode(), command.target(), previous));
        }
    }

    @CommandHandler
    void handle(SetPagu command) {
        requireDraft();
        cascade.requireSubKegiatan(command.subKegiatanCode(), "subKegiatanCode");
        Batas.checkRupiah(command.pagu(), "pagu", "pagu");
        Map<String, Rupiah> after = new HashMap<>(pagu);
        after.put(command.subKegiatanCode(), command.pagu());
        checkTotal(after, "pagu");
        Rupiah previous = pagu.get(command.subKegiatanCode());
        if (!command.pagu().equals(previous)) {
            apply(new PaguSet(id, command.subKegiatanCode(), command.pagu(), previous));
        }
    }

    @CommandHandler
    void handle(SignPerjanjianKinerja command) {
        require(revision == null, "pk-already-signed", null,
                "Perjanjian Kinerja " + id + " sudah ditandatangani; ubah dengan PK Perubahan");
        require(command.signedOn() != null, "required", "signedOn", "tanggal penandatanganan wajib diisi");
        LocalDate earliest = LocalDate.of(id.year() - 1, 1, 1);
        require(!command.signedOn().isBefore(earliest) && command.signedOn().getYear() <= id.year(),
                "signed-on-year", "signedOn", "PK tahun " + id.year() + " ditandatangani pada tahun "
                        + (id.year() - 1) + " atau " + id.year());
        require(!command.signedOn().isAfter(DomainClock.today()), "signed-on-future", "signedOn",
                "tanggal penandatanganan tidak boleh di masa depan");
        requireText(command.place(), "place", "tempat penandatanganan");
        Signatories.check(command.pihakPertama(), "pihakPertama", "Pihak Pertama");
        Signatories.check(command.pihakKedua(), "pihakKedua", "Pihak Kedua");
        cascade.firstIncompleteBranch().ifPresent(problem -> {
            throw new RuleViolation("cascade-incomplete", null, "PK belum lengkap: " + problem);
        });
        for (DefinedIndicator indicator : cascade.indicators()) {
            boolean promised = indicator.level() == Level.TUJUAN || indicator.level() == Level.SASARAN;
            require(!promised || targets.containsKey(indicator.definition().code()), "target-missing", null,
                    "indikator " + indicator.definition().code() + " (" + indicator.definition().name()
                            + ") belum memiliki target");
        }
        for (String subKegiatan : cascade.subKegiatanCodes()) {
            require(pagu.containsKey(subKegiatan), "pagu-missing", null,
                    "sub kegiatan '" + subKegiatan + "' belum memiliki pagu");
        }
        apply(new PerjanjianKinerjaSigned(id, 0, command.signedOn(), command.place().trim(), command.pihakPertama(),
                command.pihakKedua()));
    }

    // --- amendment (PK Perubahan) ---------------------------------------------------------------------------

    @CommandHandler
    void handle(AmendPerjanjianKinerja command) {
        requireSigned();
        if (command.amends() != null && command.amends() != revision.number()) {
            throw new ConcurrentChange("amends", "Perjanjian Kinerja " + id + " sudah diubah menjadi revisi "
                    + revision.number() + " sejak revisi " + command.amends() + " yang Anda ubah; muat ulang lalu "
                    + "susun perubahan terhadap revisi " + revision.number());
        }
        require(command.reason() != null, "required", "reason", "alasan perubahan wajib dipilih: "
                + "PERGANTIAN_PEJABAT, PERUBAHAN_STRATEGI atau PERUBAHAN_PRIORITAS_ASUMSI");
        requireText(command.explanation(), "explanation", "penjelasan perubahan");
        checkAmendmentDates(command);
        requireText(command.place(), "place", "tempat penandatanganan");
        Signatories.check(command.pihakPertama(), "pihakPertama", "Pihak Pertama");
        Signatories.check(command.pihakKedua(), "pihakKedua", "Pihak Kedua");

        Cascade amended = cascade.copy();
        List<Program> newPrograms = new ArrayList<>();
        List<Kegiatan> newKegiatan = new ArrayList<>();
        List<SubKegiatan> newSubKegiatan = new ArrayList<>();
        for (Program program : orEmpty(command.newPrograms())) {
            program = amended.withNomenklatur(program);
            amended.checkProgram(program, "newPrograms[" + newPrograms.size() + "]");
            amended.addProgram(program);
            newPrograms.add(program);
        }
        for (Kegiatan kegiatan : orEmpty(command.newKegiatan())) {
            kegiatan = amended.withNomenklatur(kegiatan);
            amended.checkKegiatan(kegiatan, "newKegiatan[" + newKegiatan.size() + "]");
            amended.addKegiatan(kegiatan);
            newKegiatan.add(kegiatan);
        }
        for (SubKegiatan subKegiatan : orEmpty(command.newSubKegiatan())) {
            subKegiatan = amended.withNomenklatur(subKegiatan);
            amended.checkSubKegiatan(subKegiatan, "newSubKegiatan[" + newSubKegiatan.size() + "]");
            amended.addSubKegiatan(subKegiatan);
            newSubKegiatan.add(subKegiatan);
        }
        amended.firstIncompleteBranch().ifPresent(problem -> {
            throw new RuleViolation("cascade-incomplete", "newKegiatan", "perubahan membuat PK tidak lengkap: " + problem);
        });
        List<TargetAmendment> targetAmendments = targetAmendments(orEmpty(command.targets()), amended);
        List<PaguAmendment> paguAmendments = paguAmendments(orEmpty(command.pagu()), amended, newSubKegiatan);

        if (command.reason() == AlasanPerubahan.PERGANTIAN_PEJABAT) {
            boolean officialChanged = !Signatories.samePerson(command.pihakPertama(), revision.pihakPertama())
                    || !Signatories.samePerson(command.pihakKedua(), revision.pihakKedua());
            require(officialChanged, "official-unchanged", "pihakPertama", "alasan perubahan pergantian pejabat, "
                    + "tetapi Pihak Pertama dan Pihak Kedua sama dengan revisi sebelumnya");
        } else {
            boolean changes = !newPrograms.isEmpty() || !newKegiatan.isEmpty() || !newSubKegiatan.isEmpty()
                    || !targetAmendments.isEmpty() || !paguAmendments.isEmpty();
            require(changes, "amendment-empty", "targets",
                    "perubahan tidak mengubah target, pagu maupun program/kegiatan/sub kegiatan");
        }
        apply(new PerjanjianKinerjaAmended(id, revision.number() + 1, command.reason(), command.explanation().trim(),
                command.effectiveDate(), command.signedOn(), command.place().trim(), command.pihakPertama(),
                command.pihakKedua(), newPrograms, newKegiatan, newSubKegiatan, targetAmendments, paguAmendments));
    }

    private void checkAmendmentDates(AmendPerjanjianKinerja command) {
        require(command.effectiveDate() != null, "required", "effectiveDate", "tanggal berlaku perubahan wajib diisi");
        require(command.effectiveDate().getYear() == id.year(), "effective-date-year", "effectiveDate",
                "perubahan PK tahun " + id.year() + " berlaku di tahun " + id.year());
        require(!command.effectiveDate().isBefore(revision.effectiveDate()), "effective-date-order", "effectiveDate",
                "tanggal berlaku perubahan tidak boleh sebelum tanggal berlaku revisi sebelumnya ("
                        + revision.effectiveDate() + ")");
        require(command.signedOn() != null, "required", "signedOn", "tanggal penandatanganan wajib diisi");
        require(!command.signedOn().isBefore(revision.signedOn()), "signed-on-order", "signedOn",
                "PK Perubahan tidak boleh ditandatangani sebelum revisi sebelumnya (" + revision.signedOn() + ")");
        require(!command.signedOn().isAfter(DomainClock.today()), "signed-on-future", "signedOn",
                "tanggal penandatanganan tidak boleh di masa depan");
    }

    private List<TargetAmendment> targetAmendments(List<TargetChange> changes, Cascade amended) {
        List<TargetAmendment> amendments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            TargetChange change = changes.get(i);
            String at = "targets[" + i + "]";
            require(change != null && change.target() != null, "required", at + ".target", "target baru wajib diisi");
            DefinedIndicator indicator = amended.requireIndicator(change.indicatorCode(), at + ".indicatorCode");
            require(seen.add(change.indicatorCode()), "duplicate-change", at + ".indicatorCode",
                    "indikator '" + change.indicatorCode() + "' disebut dua kali");
            IndicatorRules.checkValue(indicator.definition(), change.target(), at + ".target");
            Nilai before = targets.get(change.indicatorCode());
            if (!change.target().sameValueAs(before)) {
                amendments.add(new TargetAmendment(change.indicatorCode(), before, change.target()));
            }
        }
        return amendments;
    }

    private List<PaguAmendment> paguAmendments(List<PaguChange> changes, Cascade amended, List<SubKegiatan> added) {
        List<PaguAmendment> amendments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            PaguChange change = changes.get(i);
            String at = "pagu[" + i + "]";
            require(change != null, "required", at, "perubahan pagu wajib diisi");
            Batas.checkRupiah(change.pagu(), at + ".pagu", "pagu baru");
            amended.requireSubKegiatan(change.subKegiatanCode(), at + ".subKegiatanCode");
            require(seen.add(change.subKegiatanCode()), "duplicate-change", at + ".subKegiatanCode",
                    "sub kegiatan '" + change.subKegiatanCode() + "' disebut dua kali");
            Rupiah spent = ledger.spent(change.subKegiatanCode());
            require(!spent.exceeds(change.pagu()), "pagu-below-realisasi", at + ".pagu", "pagu baru ("
                    + change.pagu().amount() + ") lebih kecil dari anggaran yang sudah terealisasi (" + spent.amount() + ")");
            Rupiah before = pagu.get(change.subKegiatanCode());
            if (!change.pagu().equals(before)) {
                amendments.add(new PaguAmendment(change.subKegiatanCode(), before, change.pagu()));
            }
        }
        for (SubKegiatan subKegiatan : added) {
            require(seen.contains(subKegiatan.code()), "pagu-missing", "pagu",
                    "sub kegiatan baru '" + subKegiatan.code() + "' belum diberi pagu");
        }
        Map<String, Rupiah> after = new HashMap<>(pagu);
        amendments.forEach(a -> after.put(a.subKegiatanCode(), a.after()));
        checkTotal(after, "pagu");
        return amendments;
    }

    // --- Rencana Aksi ---------------------------------------------------------------------------------------

    @CommandHandler
    void handle(SetRencanaAksi command) {
        requireSigned();
        DefinedIndicator indicator = cascade.requireIndicator(command.indicatorCode(), "indicatorCode");
        Nilai annual = targets.get(command.indicatorCode());
        require(annual != null, "target-missing", "indicatorCode",
                "indikator " + command.indicatorCode() + " tidak memiliki target tahunan untuk dipecah");
        requireText(command.responsible(), "responsible", "penanggung jawab");
        var granularity = RencanaAksiRules.checkTargets(indicator.definition(), annual, command.targets());
        List<PeriodTarget> ordered = command.targets().stream()
                .sorted(Comparator.comparing(PeriodTarget::period)).toList();
        PlannedTargets existing = rencanaAksi.get(command.indicatorCode());
        PlannedTargets planned = new PlannedTargets(granularity, ordered, command.responsible().trim());
        if (existing != null && samePlan(existing, planned)) {
            return;
        }
        require(existing == null || hasText(command.reason()), "reason-required", "reason",
                "rencana aksi yang sudah ditetapkan hanya dapat diganti dengan alasan");
        apply(new RencanaAksiSet(id, command.indicatorCode(), ordered, planned.responsible(), trimmed(command.reason()),
                revision.number()));
    }

    @CommandHandler
    void handle(SetRencanaAnggaran command) {
        requireSigned();
        cascade.requireSubKegiatan(command.subKegiatanCode(), "subKegiatanCode");
        RencanaAksiRules.checkMonthlyPlan(command.plan(), pagu.get(command.subKegiatanCode()));
        List<MonthlyAmount> ordered = command.plan().stream()
                .sorted(Comparator.comparing(MonthlyAmount::month)).toList();
        List<MonthlyAmount> existing = rencanaAnggaran.get(command.subKegiatanCode());
        if (ordered.equals(existing)) {
            return;
        }
        require(existing == null || hasText(command.reason()), "reason-required", "reason",
                "rencana anggaran yang sudah ditetapkan hanya dapat diganti dengan alasan");
        apply(new RencanaAnggaranSet(id, command.subKegiatanCode(), ordered, trimmed(command.reason()), revision.number()));
    }

    // --- realisasi ------------------------------------------------------------------------------------------

    // A realisasi of a locked period is refused; one entered after the period's due date is accepted, marked late.

    @CommandHandler
    void handle(RecordRealisasi command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        DefinedIndicator indicator = cascade.requireIndicator(command.indicatorCode(), "indicatorCode");
        Jadwal jadwal = jadwalOf(jadwalDaerah);
        siklus.requireEditable(command.period(), jadwal, "period");
        PlannedTargets planned = rencanaAksi.get(command.indicatorCode());
        apply(ledger.decide(id, command, indicator.definition(), planned == null ? null : planned.granularity(),
                late(jadwal, command.period())));
    }

    @CommandHandler
    void handle(CorrectRealisasi command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        DefinedIndicator indicator = cascade.requireIndicator(command.indicatorCode(), "indicatorCode");
        Jadwal jadwal = jadwalOf(jadwalDaerah);
        siklus.requireEditable(command.period(), jadwal, "period");
        apply(ledger.decide(id, command, indicator.definition(), late(jadwal, command.period())));
    }

    @CommandHandler
    void handle(RecordRealisasiAnggaran command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        cascade.requireSubKegiatan(command.subKegiatanCode(), "subKegiatanCode");
        Jadwal jadwal = jadwalOf(jadwalDaerah);
        siklus.requireEditableMonth(command.month(), jadwal, "month");
        apply(ledger.decide(id, command, pagu.get(command.subKegiatanCode()), late(jadwal, command.month())));
    }

    @CommandHandler
    void handle(CorrectRealisasiAnggaran command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        cascade.requireSubKegiatan(command.subKegiatanCode(), "subKegiatanCode");
        Jadwal jadwal = jadwalOf(jadwalDaerah);
        siklus.requireEditableMonth(command.month(), jadwal, "month");
        apply(ledger.decide(id, command, pagu.get(command.subKegiatanCode()), late(jadwal, command.month())));
    }

    // --- bukti dukung and kendala ---------------------------------------------------------------------------

    /** @return whether the file was attached now (false: it already was) */
    @CommandHandler
    boolean handle(AttachBuktiDukung command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        requireSupportable(command.untuk(), jadwalOf(jadwalDaerah));
        Optional<BuktiDukungAttached> attached = bukti.decide(id, command);
        attached.ifPresent(AggregateLifecycle::apply);
        return attached.isPresent();
    }

    @CommandHandler
    void handle(RemoveBuktiDukung command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        requireSupportable(command.untuk(), jadwalOf(jadwalDaerah));
        apply(bukti.decide(id, command));
    }

    @CommandHandler
    void handle(RecordKendala command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        cascade.requireIndicator(command.indicatorCode(), "indicatorCode");
        require(command.period() != null, "required", "period", "periode wajib diisi");
        require(!command.period().firstDay(id.year()).isAfter(DomainClock.today()), "period-future", "period",
                "periode " + command.period() + " " + id.year() + " belum dimulai");
        siklus.requireEditable(command.period(), jadwalOf(jadwalDaerah), "period");
        kendala.decide(id, command).ifPresent(AggregateLifecycle::apply);
    }

    /** What a bukti dukung supports must be recorded, and its period open to change. */
    private void requireSupportable(BuktiUntuk untuk, Jadwal jadwal) {
        require(untuk != null && untuk.jenis() != null && untuk.period() != null, "required", "untuk",
                "yang didukung (realisasi atau realisasi anggaran, kode, periode) wajib diisi");
        if (untuk.jenis() == BuktiUntuk.Jenis.REALISASI) {
            cascade.requireIndicator(untuk.kode(), "untuk.kode");
            require(ledger.realisasi(untuk.kode(), untuk.period()).isPresent(), "realisasi-missing", "untuk.period",
                    "belum ada realisasi " + untuk.kode() + " periode " + untuk.period() + " untuk didukung");
            siklus.requireEditable(untuk.period(), jadwal, "untuk.period");
        } else {
            cascade.requireSubKegiatan(untuk.kode(), "untuk.kode");
            require(ledger.hasSpending(untuk.kode(), untuk.period()), "realisasi-anggaran-missing", "untuk.period",
                    "belum ada realisasi anggaran " + untuk.kode() + " bulan " + untuk.period() + " untuk didukung");
            siklus.requireEditableMonth(untuk.period(), jadwal, "untuk.period");
        }
    }

    // --- reporting cycle: submit, verify or return, reopen --------------------------------------------------

    @CommandHandler
    void handle(SubmitPeriode command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        PeriodeSubmitted submitted = siklus.decide(id, command, jadwalOf(jadwalDaerah));
        Kelengkapan.periksa(command.period(), cascade, targets, rencanaAksi, ledger, bukti, kendala);
        apply(submitted);
    }

    @CommandHandler
    void handle(RecordVerifikasi command) {
        requireSigned();
        apply(siklus.decide(id, command));
    }

    @CommandHandler
    void handle(ReopenPeriode command, JadwalDaerah jadwalDaerah) {
        requireSigned();
        apply(siklus.decide(id, command, jadwalOf(jadwalDaerah)));
    }

    private Jadwal jadwalOf(JadwalDaerah jadwalDaerah) {
        return jadwalDaerah.untuk(id.opd().tenant(), id.year());
    }

    /** The due date an entry for the period made today is past, or null when on time. */
    private LocalDate late(Jadwal jadwal, Periode period) {
        return period == null ? null : jadwal.terlewat(period, DomainClock.today(id.opd().tenant())).orElse(null);
    }

    // --- document figures and narrative --------------------------------------------------------------------

    @CommandHandler
    void handle(RecordStatedFigure command) {
        DocumentFigures.check(command, cascade, revision == null ? -1 : revision.number());
        apply(new StatedFigureRecorded(id, command.figure(), trimmed(command.key()), command.period(),
                command.revision(), command.value(), command.where().trim()));
    }

    @CommandHandler
    void handle(WriteNarrative command) {
        DocumentFigures.check(command);
        String previous = narrative.get(command.section());
        if (!command.text().equals(previous)) {
            apply(new NarrativeWritten(id, command.section(), command.text(), previous));
        }
    }

    /** A file ever attached as bukti dukung to this year: what a download may serve, and under which name. */
    public Optional<Berkas> buktiDukung(String sha256) {
        return bukti.pernahDilampirkan(sha256);
    }

    /** The current indicators, targets and pagu, for forms such as the spreadsheet template. */
    public Outline outline() {
        return new Outline(id,
                cascade.indicators().stream().map(i -> new Outline.IndicatorLine(i.definition(), i.level().name(),
                        i.ownerCode(), targets.get(i.definition().code()))).toList(),
                cascade.subKegiatan().stream().map(s -> new Outline.BudgetLine(s.code(), s.name(), pagu.get(s.code())))
                        .toList());
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** A PK's total pagu stays within {@link Batas#TOTAL_PAGU_TERBESAR}, so every sum over PKs fits a long. */
    private static void checkTotal(Map<String, Rupiah> pagu, String field) {
        long total = 0;
        for (Rupiah amount : pagu.values()) {
            total += amount.amount();
            require(total <= Batas.TOTAL_PAGU_TERBESAR, "pagu-total-too-large", field, "jumlah pagu Perjanjian "
                    + "Kinerja paling besar Rp " + Batas.shown(java.math.BigDecimal.valueOf(Batas.TOTAL_PAGU_TERBESAR)));
        }
    }

    private void requireDraft() {
        require(revision == null, "pk-signed", null, "Perjanjian Kinerja " + id
                + " sudah ditandatangani: target, pagu dan struktur hanya berubah melalui PK Perubahan");
    }

    private void requireSigned() {
        require(revision != null, "pk-not-signed", null, "Perjanjian Kinerja " + id + " belum ditandatangani");
    }

    private static boolean samePlan(PlannedTargets a, PlannedTargets b) {
        if (a.granularity() != b.granularity() || !a.responsible().equals(b.responsible())) {
            return false;
        }
        for (Periode period : Periode.all(a.granularity())) {
            Nilai x = targetOf(a, period);
            Nilai y = targetOf(b, period);
            if (x == null ? y != null : !x.sameValueAs(y)) {
                return false;
            }
        }
        return true;
    }

    private static Nilai targetOf(PlannedTargets plan, Periode period) {
        return plan.targets().stream().filter(t -> t.period() == period).map(PeriodTarget::target)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    // --- state ----------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PerjanjianKinerjaDrafted event) {
        id = event.pk();
        renstra = event.renstra();
        event.tujuan().forEach(cascade::addTujuan);
        event.sasaran().forEach(cascade::addSasaran);
    }

    @EventSourcingHandler
    void on(ProgramAdded event) {
        cascade.addProgram(event.program());
    }

    @EventSourcingHandler
    void on(KegiatanAdded event) {
        cascade.addKegiatan(event.kegiatan());
    }

    @EventSourcingHandler
    void on(SubKegiatanAdded event) {
        cascade.addSubKegiatan(event.subKegiatan());
    }

    @EventSourcingHandler
    void on(TargetSet event) {
        targets.put(event.indicatorCode(), event.target());
    }

    @EventSourcingHandler
    void on(PaguSet event) {
        pagu.put(event.subKegiatanCode(), event.pagu());
    }

    @EventSourcingHandler
    void on(PerjanjianKinerjaSigned event) {
        revision = new Revision(event.revision(), LocalDate.of(id.year(), 1, 1), event.signedOn(),
                event.pihakPertama(), event.pihakKedua());
    }

    @EventSourcingHandler
    void on(PerjanjianKinerjaAmended event) {
        event.newPrograms().forEach(cascade::addProgram);
        event.newKegiatan().forEach(cascade::addKegiatan);
        event.newSubKegiatan().forEach(cascade::addSubKegiatan);
        event.targets().forEach(t -> targets.put(t.indicatorCode(), t.after()));
        event.pagu().forEach(p -> pagu.put(p.subKegiatanCode(), p.after()));
        revision = new Revision(event.revision(), event.effectiveDate(), event.signedOn(), event.pihakPertama(),
                event.pihakKedua());
    }

    @EventSourcingHandler
    void on(RencanaAksiSet event) {
        rencanaAksi.put(event.indicatorCode(), new PlannedTargets(event.targets().get(0).period().granularity(),
                event.targets(), event.responsible()));
    }

    @EventSourcingHandler
    void on(RencanaAnggaranSet event) {
        rencanaAnggaran.put(event.subKegiatanCode(), event.plan());
    }

    @EventSourcingHandler
    void on(NarrativeWritten event) {
        narrative.put(event.section(), event.text());
    }

    @EventSourcingHandler
    void on(PeriodeSubmitted event) {
        siklus.on(event);
    }

    @EventSourcingHandler
    void on(VerifikasiRecorded event, @Timestamp Instant at) {
        siklus.on(event, at);
    }

    @EventSourcingHandler
    void on(PeriodeReopened event, @Timestamp Instant at) {
        siklus.on(event, at);
    }

    @EventSourcingHandler
    void on(BuktiDukungAttached event) {
        bukti.on(event);
    }

    @EventSourcingHandler
    void on(BuktiDukungRemoved event) {
        bukti.on(event);
    }

    @EventSourcingHandler
    void on(KendalaRecorded event) {
        kendala.on(event);
    }

    @EventSourcingHandler
    void on(RealisasiRecorded event) {
        ledger.on(event);
    }

    @EventSourcingHandler
    void on(RealisasiCorrected event) {
        ledger.on(event);
    }

    @EventSourcingHandler
    void on(RealisasiAnggaranRecorded event) {
        ledger.on(event);
    }

    @EventSourcingHandler
    void on(RealisasiAnggaranCorrected event) {
        ledger.on(event);
    }
}

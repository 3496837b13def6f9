package id.kinerja.query.support;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.renstra.RenstraEndTargetSet;
import id.kinerja.api.renstra.RealisasiTahunanRecorded;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.StandarNasionalSet;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.Tujuan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made events for small PKs: a tenant, an OPD, a signed PK with given sasaran indicators and one budget line. */
public final class SmallPk {

    private final String tenant;
    private final OpdId opd;
    private final PerjanjianKinerjaId pk;
    private final RenstraId renstra;
    private Instant clock;

    public SmallPk(String tenant, String opd, int year, Instant start) {
        this.tenant = tenant;
        this.opd = new OpdId(TenantId.of(tenant), opd);
        this.pk = new PerjanjianKinerjaId(this.opd, year);
        this.renstra = new RenstraId(this.opd, year - 2, year + 3);
        this.clock = start;
    }

    public PerjanjianKinerjaId pk() {
        return pk;
    }

    public static Indicator indicator(String code, String name, Polarity polarity) {
        return new Indicator(code, name, "%", polarity, PeriodCombination.LEVEL, Scale.ANGKA, null);
    }

    public EnvelopeList start(String tenantName, List<SasaranStrategis> sasaran) {
        EnvelopeList events = new EnvelopeList();
        events.add(new PemerintahDaerahRegistered(TenantId.of(tenant), tenantName,
                TenantId.of(tenant).isProvinsi() ? JenisDaerah.PROVINSI : JenisDaerah.KABUPATEN));
        events.add(new PerangkatDaerahRegistered(opd, "Dinas Koperasi " + tenantName));
        events.add(new PerjanjianKinerjaDrafted(pk, renstra, List.of(new Tujuan("T1", "Tujuan", List.of())), sasaran));
        return events;
    }

    public Object program(String sasaran, String code, String name) {
        return new ProgramAdded(pk, new Program(code, sasaran, name, List.of()));
    }

    public List<Object> budgetLine(String program, String sub, long pagu) {
        return List.of(new KegiatanAdded(pk, new Kegiatan(program + ".K1", program, "Kegiatan " + program, List.of())),
                new SubKegiatanAdded(pk, new SubKegiatan(sub, program + ".K1", "Sub kegiatan " + sub, List.of())),
                new PaguSet(pk, sub, Rupiah.of(pagu), null));
    }

    public Object target(String indicator, String value) {
        return new TargetSet(pk, indicator, Nilai.of(value), null);
    }

    public Object endTarget(String indicator, String value) {
        return new RenstraEndTargetSet(renstra, indicator, Nilai.of(value), null, null);
    }

    /** Last year's realisasi as reported in the Renstra. */
    public Object realisasiTahunLalu(String indicator, String value) {
        return new RealisasiTahunanRecorded(renstra, indicator, pk.year() - 1, Nilai.of(value), null, "LKjIP "
                + (pk.year() - 1), null);
    }

    public Object standarNasional(String indicator, String value, String source) {
        return new StandarNasionalSet(renstra, indicator, pk.year(), Nilai.of(value), null, source, null);
    }

    public Object signed() {
        return new PerjanjianKinerjaSigned(pk, 0, LocalDate.of(pk.year(), 1, 31), "Malili",
                new Signatory("Kepala Dinas", "Kepala Dinas", "Pembina", "1970"), new Signatory("Bupati", "Bupati", null, null));
    }

    public Object realisasi(String indicator, Periode period, String value) {
        return new RealisasiRecorded(pk, indicator, period, Nilai.of(value), null, null, null, null);
    }

    public Object pending(String indicator, Periode period, String reason) {
        return new RealisasiRecorded(pk, indicator, period, null, reason, null, null, null);
    }

    /** Envelopes one minute apart, in the order added. */
    public final class EnvelopeList {
        private final List<EventEnvelope> envelopes = new ArrayList<>();

        public EnvelopeList add(Object event) {
            return addAs(event, "test.operator");
        }

        /** Caused by the named user. */
        public EnvelopeList addAs(Object event, String actor) {
            envelopes.add(EventStream.envelope(event, clock, actor));
            clock = clock.plusSeconds(60);
            return this;
        }

        /** Moves the clock on to a later moment (the next event is recorded then). */
        public EnvelopeList at(Instant moment) {
            clock = moment;
            return this;
        }

        public EnvelopeList addAll(List<?> events) {
            events.forEach(this::add);
            return this;
        }

        public List<EventEnvelope> envelopes() {
            return List.copyOf(envelopes);
        }
    }

    public Instant clock() {
        return clock;
    }

    public static SasaranStrategis sasaran(String code, String name, Indicator... indicators) {
        return new SasaranStrategis(code, "T1", name, List.of(indicators));
    }
}

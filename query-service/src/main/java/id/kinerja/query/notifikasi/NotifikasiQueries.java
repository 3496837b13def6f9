package id.kinerja.query.notifikasi;

import id.kinerja.query.notifikasi.Notifikasi.Jenis;
import id.kinerja.query.siklus.PeriodeStatus;
import id.kinerja.query.siklus.PeriodeStatuses;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What awaits whom in a daerah as of a time, read from where each period stands (every year the daerah has a PK
 * for): nothing is stored twice, so the notifications are as current — and as "as of" — as the periods.
 */
@Component
public class NotifikasiQueries {

    private final PeriodeStatuses statuses;

    public NotifikasiQueries(PeriodeStatuses statuses) {
        this.statuses = statuses;
    }

    public List<Notifikasi> daerah(String tenant, Instant asOf) {
        List<Notifikasi> all = new ArrayList<>();
        for (int year : statuses.years(tenant, asOf)) {
            for (PeriodeStatus period : statuses.daerah(tenant, year, asOf)) {
                Jenis jenis = jenis(period);
                if (jenis != null) {
                    all.add(of(jenis, period));
                }
            }
        }
        all.sort(Comparator.comparing(Notifikasi::jenis).thenComparing(n -> n.tenggat() == null ? n.sejak()
                : n.tenggat().atStartOfDay().toInstant(ZoneOffset.UTC), Comparator.nullsLast(Comparator.naturalOrder())));
        return all;
    }

    /** The notification a period calls for now, if any. */
    static Jenis jenis(PeriodeStatus period) {
        return switch (period.keadaan()) {
            case TERLAMBAT -> Jenis.TERLAMBAT;
            case SEGERA_JATUH_TEMPO -> Jenis.TENGGAT_MENDEKAT;
            case MENUNGGU_VERIFIKASI -> Jenis.MENUNGGU_VERIFIKASI;
            case PERLU_PERBAIKAN -> period.status().equals("DIKEMBALIKAN") ? Jenis.DIKEMBALIKAN : Jenis.DIBUKA_KEMBALI;
            default -> null;
        };
    }

    static Notifikasi of(Jenis jenis, PeriodeStatus p) {
        String periode = p.period() + " " + p.year() + " " + p.opdName();
        String pesan = switch (jenis) {
            case TERLAMBAT -> "Laporan " + periode + " terlambat: tenggat " + p.tenggat() + " sudah lewat";
            case TENGGAT_MENDEKAT -> "Laporan " + periode + " jatuh tempo " + p.tenggat();
            case MENUNGGU_VERIFIKASI -> "Laporan " + periode + " diajukan oleh " + p.diajukanOleh()
                    + " dan menunggu verifikasi";
            case DIKEMBALIKAN -> "Laporan " + periode + " dikembalikan oleh " + p.oleh() + " untuk diperbaiki";
            case DIBUKA_KEMBALI -> "Laporan " + periode + " dibuka kembali oleh " + p.oleh() + " untuk diperbaiki";
            case TERVERIFIKASI -> "Laporan " + periode + " telah diverifikasi oleh " + p.oleh();
        };
        String id = p.tenant() + "/" + p.opd() + "/" + p.year() + "/" + p.period() + "/" + jenis
                + (p.sejak() == null ? "/" + p.tenggat() : "/" + p.sejak().toEpochMilli());
        return new Notifikasi(id, jenis, Penerima.untuk(jenis), p.tenant(), p.opd(), p.opdName(), p.year(), p.period(),
                pesan, p.catatan(), p.oleh(), p.tenggat(), p.sejak());
    }
}

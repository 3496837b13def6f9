package id.kinerja.command.pemda;

import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.pemda.RegisterPemerintahDaerah;
import id.kinerja.api.pemda.RegisterPerangkatDaerah;
import id.kinerja.command.shared.AlreadyExists;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A tenant: one pemerintah daerah and the perangkat daerah (OPD) registered inside it. */
@Aggregate
public class PemerintahDaerah {

    @AggregateIdentifier
    private TenantId tenant;
    private final Map<String, String> perangkatDaerah = new HashMap<>();

    protected PemerintahDaerah() {
    }

    /** Created by {@link PemerintahDaerahRegistration}, which first checks that a kabupaten's province exists. */
    PemerintahDaerah(RegisterPemerintahDaerah command) {
        requireText(command.name(), "name", "nama pemerintah daerah");
        require(command.jenis() != null, "required", "jenis", "jenis daerah (PROVINSI, KABUPATEN, KOTA) wajib diisi");
        boolean provinsi = command.jenis() == JenisDaerah.PROVINSI;
        require(provinsi == command.tenant().isProvinsi(), "kode-wilayah-jenis", "code", provinsi
                ? "kode provinsi terdiri dari dua angka, mis. 51"
                : "kode kabupaten/kota terdiri dari kode provinsi dan dua angka, mis. 51.03");
        apply(new PemerintahDaerahRegistered(command.tenant(), command.name().trim(), command.jenis()));
    }

    @CommandHandler
    void handle(RegisterPerangkatDaerah command) {
        requireText(command.code(), "code", "kode perangkat daerah");
        require(OpdId.isValidCode(command.code()), "code-format", "code",
                "kode perangkat daerah: huruf kecil, angka, titik atau tanda hubung, maksimal 64 karakter");
        requireText(command.name(), "name", "nama perangkat daerah");
        if (perangkatDaerah.containsKey(command.code())) {
            throw new AlreadyExists("code", "perangkat daerah '" + command.code() + "' sudah terdaftar di " + tenant);
        }
        apply(new PerangkatDaerahRegistered(new OpdId(tenant, command.code()), command.name().trim()));
    }

    /** Whether a perangkat daerah with this code is registered here. */
    public boolean hasPerangkatDaerah(String code) {
        return perangkatDaerah.containsKey(code);
    }

    @EventSourcingHandler
    void on(PemerintahDaerahRegistered event) {
        tenant = event.tenant();
    }

    @EventSourcingHandler
    void on(PerangkatDaerahRegistered event) {
        perangkatDaerah.put(event.opd().code(), event.name());
    }
}

package id.kinerja.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kinerja.api.Wujud;

/**
 * An exact amount of money in whole rupiah. Regional budgets (APBD) are set in whole rupiah, so a long holds
 * every pagu and realisation exactly; there is no floating point anywhere near money.
 */
@Wujud("bilangan bulat rupiah tanpa pemisah ribuan, mis. 19878378920")
public record Rupiah(long amount) implements Comparable<Rupiah> {

    public static final Rupiah ZERO = new Rupiah(0);

    @JsonCreator
    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    public Rupiah plus(Rupiah other) {
        return new Rupiah(Math.addExact(amount, other.amount));
    }

    public Rupiah minus(Rupiah other) {
        return new Rupiah(Math.subtractExact(amount, other.amount));
    }

    public boolean isNegative() {
        return amount < 0;
    }

    public boolean exceeds(Rupiah other) {
        return amount > other.amount;
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, other.amount);
    }

    @JsonValue
    public long amount() {
        return amount;
    }

    @Override
    public String toString() {
        return "Rp " + amount;
    }
}

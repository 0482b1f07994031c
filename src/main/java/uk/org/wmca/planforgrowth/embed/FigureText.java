package uk.org.wmca.planforgrowth.embed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.org.wmca.planforgrowth.fact.FactView;

/**
 * A fact's value in words for a card, in British English: {@code £850m to £950m}, {@code about 40%},
 * {@code 11,200 to 12,400 jobs}; and what qualifies it ({@code by 2030}, {@code inferred}). An unconfirmed figure
 * says so instead of showing a number.
 */
final class FigureText {

    static final String UNCONFIRMED = "Not published: unconfirmed";

    private FigureText() {}

    /** The value, or {@link #UNCONFIRMED} when the fact has none. */
    static String value(FactView fact) {
        String qualifier = switch (fact.qualifier() == null ? "" : fact.qualifier()) {
            case "about" -> "about ";
            case "more-than" -> "more than ";
            default -> "";
        };
        if (fact.value() != null) {
            return qualifier + amount(fact.value(), fact.unit()) + suffix(fact.unit());
        }
        if (fact.min() != null && fact.max() != null) {
            return qualifier + amount(fact.min(), fact.unit()) + " to " + amount(fact.max(), fact.unit())
                    + suffix(fact.unit());
        }
        if (fact.min() != null) {
            return "at least " + amount(fact.min(), fact.unit()) + suffix(fact.unit());
        }
        if (fact.max() != null) {
            return "up to " + amount(fact.max(), fact.unit()) + suffix(fact.unit());
        }
        return UNCONFIRMED;
    }

    /** What qualifies the value: its period or horizon, and its status when it is not confirmed; null if nothing. */
    static String detail(FactView fact) {
        List<String> parts = new ArrayList<>();
        if (fact.period() != null && !fact.period().isBlank()) {
            parts.add(fact.period());
        }
        if (fact.horizonYear() != null) {
            parts.add("by " + fact.horizonYear());
        }
        if ("inferred".equals(fact.status())) {
            parts.add("inferred from confirmed facts");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** A number in its unit: pounds in millions or billions, percentages, counts with thousands separators. */
    static String amount(BigDecimal number, String unit) {
        if ("GBP".equals(unit)) {
            BigDecimal absolute = number.abs();
            if (absolute.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
                return "£" + plain(number.divide(BigDecimal.valueOf(1_000_000_000L))) + "bn";
            }
            if (absolute.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
                return "£" + plain(number.divide(BigDecimal.valueOf(1_000_000L))) + "m";
            }
            return "£" + grouped(number);
        }
        if ("percent".equals(unit)) {
            return plain(number) + "%";
        }
        return grouped(number);
    }

    private static String suffix(String unit) {
        if (unit == null || unit.equals("GBP") || unit.equals("percent") || unit.equals("count")) {
            return "";
        }
        return " " + unit;
    }

    /** At most two decimals, no trailing zeros: 2.9, 12.5, 100. */
    private static String plain(BigDecimal number) {
        BigDecimal rounded = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private static String grouped(BigDecimal number) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(number);
    }
}

package io.quantagent.engine.data;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the names of well-known market data files tell: the instrument and the bar interval. */
public final class DataFileNames {

    /** QuantAgent benchmark windows: {@code BTC_1h_7.csv}. */
    private static final Pattern QUANTAGENT = Pattern.compile("([A-Za-z0-9]+)_(\\d+)([smhdw])_\\d+\\.csv");
    /** Binance public dumps: {@code BTCUSDT-1m-2024-01.csv}, {@code BTCUSDT-trades-2024-01-02.csv}. */
    private static final Pattern BINANCE =
            Pattern.compile("([A-Z0-9]+)-(\\d+(?:s|m|h|d|w|mo)|trades|aggTrades)-\\d{4}-\\d{2}(?:-\\d{2})?\\.csv");
    /** The Bitstamp sample shipped by ta4j-examples: {@code bitstamp_trades_from_20131125_usd.csv}. */
    private static final Pattern BITSTAMP = Pattern.compile("bitstamp_trades_from_\\d{8}_([a-z]{3})\\.csv");

    private DataFileNames() {
    }

    /** The instrument a file name names (BTC, BTCUSDT, BTC/USD), or empty when the name follows no known scheme. */
    public static Optional<String> instrument(Path file) {
        String name = fileName(file);
        Matcher m = QUANTAGENT.matcher(name);
        if (m.matches()) {
            return Optional.of(m.group(1).toUpperCase(Locale.ROOT));
        }
        m = BINANCE.matcher(name);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        m = BITSTAMP.matcher(name);
        if (m.matches()) {
            return Optional.of("BTC/" + m.group(1).toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /**
     * The bar interval a file name states ({@code BTC_1h_7.csv}: one hour; {@code BTCUSDT-15m-2024-01.csv}:
     * 15 minutes), or empty when it states none or a calendar interval (Binance {@code 1mo}).
     */
    public static Optional<Duration> barInterval(Path file) {
        String name = fileName(file);
        Matcher m = QUANTAGENT.matcher(name);
        if (m.matches()) {
            return duration(Long.parseLong(m.group(2)), m.group(3));
        }
        m = BINANCE.matcher(name);
        if (m.matches() && Character.isDigit(m.group(2).charAt(0))) {
            String spec = m.group(2);
            int unitAt = 0;
            while (Character.isDigit(spec.charAt(unitAt))) {
                unitAt++;
            }
            return duration(Long.parseLong(spec.substring(0, unitAt)), spec.substring(unitAt));
        }
        return Optional.empty();
    }

    private static Optional<Duration> duration(long amount, String unit) {
        return switch (unit) {
            case "s" -> Optional.of(Duration.ofSeconds(amount));
            case "m" -> Optional.of(Duration.ofMinutes(amount));
            case "h" -> Optional.of(Duration.ofHours(amount));
            case "d" -> Optional.of(Duration.ofDays(amount));
            case "w" -> Optional.of(Duration.ofDays(7 * amount));
            default -> Optional.empty();
        };
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }
}

package io.quantagent.engine.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quantagent.engine.data.BadRowPolicy;
import io.quantagent.engine.data.MarketDataFormat;
import io.quantagent.engine.data.ReadOptions;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.data.TimestampFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One market-data file to read (an item of the {@code data} list).
 *
 * @param path the file; required. A relative path is resolved against the working directory.
 * @param format how the file is laid out; default {@code auto} (recognised from its header)
 * @param instrument the instrument's name, such as {@code BTC/USD}; default: the file name without its extension
 * @param zone the time zone of timestamps that carry no offset; default {@code UTC}
 * @param timestampFormat {@code auto} (default: epoch numbers by magnitude, or ISO text), {@code iso},
 *     {@code epoch} (unit by magnitude), {@code epoch-s}, {@code epoch-ms}, {@code epoch-us}, {@code epoch-ns},
 *     or a {@link DateTimeFormatter} pattern such as {@code yyyy-MM-dd HH:mm:ss}; read by {@link TimestampFormat#parse}
 * @param badRows what a bad row does: {@code fail} (default: stop, naming the file and line) or {@code skip}
 *     (count it, report it, carry on)
 * @param priceDecimals decimals prices are kept with, 0 to 12; default 8
 * @param quantityDecimals decimals quantities are kept with, 0 to 12; default 8
 */
public record DataInput(
        Path path,
        Format format,
        String instrument,
        ZoneId zone,
        String timestampFormat,
        BadRows badRows,
        int priceDecimals,
        int quantityDecimals) {

    /** The keywords {@link #timestampFormat} accepts besides a pattern. */
    public static final List<String> TIMESTAMP_KEYWORDS =
            List.of("auto", "iso", "epoch", "epoch-s", "epoch-ms", "epoch-us", "epoch-ns");

    public DataInput {
        Checks checks = new Checks();
        if (checks.present("path", path)) {
            checks.require(!path.toString().isBlank(), "path", "must name a file");
        }
        checks.present("format", format);
        if (instrument == null && path != null && path.getFileName() != null) {
            instrument = baseName(path);
        }
        if (checks.present("instrument", instrument)) {
            checks.require(!instrument.isBlank() && instrument.chars().noneMatch(Character::isWhitespace),
                    "instrument", "must be a name without spaces, such as BTC/USD, was '" + instrument + "'");
        }
        checks.present("zone", zone);
        if (checks.present("timestampFormat", timestampFormat)) {
            String problem = timestampFormatProblem(timestampFormat);
            if (problem != null) {
                checks.fail("timestampFormat", problem);
            }
        }
        checks.present("badRows", badRows);
        checks.between("priceDecimals", priceDecimals, 0, 12)
                .between("quantityDecimals", quantityDecimals, 0, 12)
                .done();
    }

    /** Reads an item of the {@code data} list: keys left out take their defaults. */
    @JsonCreator
    static DataInput fromFile(
            @JsonProperty(value = "path", required = true) Path path,
            @JsonProperty("format") Format format,
            @JsonProperty("instrument") String instrument,
            @JsonProperty("zone") ZoneId zone,
            @JsonProperty("timestampFormat") String timestampFormat,
            @JsonProperty("badRows") BadRows badRows,
            @JsonProperty("priceDecimals") Integer priceDecimals,
            @JsonProperty("quantityDecimals") Integer quantityDecimals) {
        return new DataInput(
                path,
                format == null ? Format.AUTO : format,
                instrument,
                zone == null ? ZoneId.of("UTC") : zone,
                timestampFormat == null ? "auto" : timestampFormat,
                badRows == null ? BadRows.FAIL : badRows,
                priceDecimals == null ? 8 : priceDecimals,
                quantityDecimals == null ? 8 : quantityDecimals);
    }

    /** A file with every other key at its default. */
    public static DataInput of(Path path, Format format, String instrument) {
        return fromFile(path, format, instrument, null, null, null, null, null);
    }

    /**
     * This input with its path looked up under {@code home} (the installation) when it is relative and not there
     * relative to the working directory, as the bundled configurations' paths are; otherwise this input.
     */
    public DataInput resolvedAgainst(Path home) {
        if (path.isAbsolute() || Files.exists(path) || !Files.exists(home.resolve(path))) {
            return this;
        }
        return new DataInput(home.resolve(path), format, instrument, zone, timestampFormat, badRows, priceDecimals,
                quantityDecimals);
    }

    /** The fixed-point scales of this input's prices and quantities. */
    public Scales scales() {
        return new Scales(priceDecimals, quantityDecimals);
    }

    /** How a {@link io.quantagent.engine.data.MarketDataReader} reads this input (format {@code null}: detect it). */
    public ReadOptions readOptions() {
        ReadOptions options = ReadOptions.defaults()
                .withZone(zone)
                .withTimestampFormat(TimestampFormat.parse(timestampFormat))
                .withScales(scales())
                .withPolicy(badRows == BadRows.SKIP ? BadRowPolicy.SKIP : BadRowPolicy.FAIL_FAST);
        return format == Format.AUTO ? options : options.withFormat(format.marketDataFormat());
    }

    /** The layout of a market-data file. */
    public enum Format implements ConfigEnum {
        /** Recognised from the header. */
        AUTO("auto"),
        /** This engine's own CSV export. */
        QUANTAGENT("quantagent"),
        /** Bars: time, open, high, low, close, volume. */
        OHLCV("ohlcv"),
        /** Trades: time, price, amount. */
        TRADES("trades"),
        /** Binance kline CSV dumps. */
        BINANCE_KLINES("binance-klines"),
        /** Binance trade CSV dumps. */
        BINANCE_TRADES("binance-trades");

        private final String key;

        Format(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        /** The reader's format of the same name, or {@code null} for {@link #AUTO} (detect it). */
        public MarketDataFormat marketDataFormat() {
            return this == AUTO ? null : MarketDataFormat.fromName(key);
        }
    }

    /** What a row that cannot be read does. */
    public enum BadRows implements ConfigEnum {
        /** Stop the run, naming the file, line and reason. */
        FAIL("fail"),
        /** Count and report the row, then carry on. */
        SKIP("skip");

        private final String key;

        BadRows(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String timestampFormatProblem(String format) {
        try {
            if (format.isBlank()) {
                throw new IllegalArgumentException("empty");
            }
            TimestampFormat.parse(format);
            return null;
        } catch (IllegalArgumentException | DateTimeException e) {
            String suggestion = Suggestions.nearest(format, TIMESTAMP_KEYWORDS)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse(" (" + e.getMessage() + ")");
            return "must be one of " + String.join(", ", TIMESTAMP_KEYWORDS)
                    + " or a java.time pattern such as 'yyyy-MM-dd HH:mm:ss', was '" + format + "'" + suggestion;
        }
    }
}

package io.quantagent.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.quantagent.engine.config.BarsConfig;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.Durations;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.data.DataInspector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * What {@code sweep}, {@code walkforward} and {@code speed} read, found as {@code backtest} finds it: the
 * configuration (default {@code configs/backtest.yaml} under the install), and the data files of {@code --data} or
 * of the configuration, a relative configured path looked up under the install when it is not in the working
 * directory.
 */
final class ResearchInputs {

    private ResearchInputs() {
    }

    /** The install folder ({@code -Dquantagent.home}, set by the launcher), or the working directory. */
    static Path home() {
        return Path.of(System.getProperty("quantagent.home", "."));
    }

    /** The configuration file: the option's, or {@code configs/backtest.yaml} under the install. */
    static Path configFile(Path option) {
        return option != null ? option : home().resolve("configs").resolve("backtest.yaml");
    }

    /**
     * The data inputs: one per {@code --data} file (format detected), else the configuration's; every file must
     * exist.
     *
     * @throws UserFacingException naming the configuration's problem or the missing file
     */
    static List<DataInput> data(Path configFile, List<Path> dataOption) {
        EngineConfig config = load(configFile);
        List<DataInput> inputs = new ArrayList<>();
        if (dataOption != null && !dataOption.isEmpty()) {
            for (Path p : dataOption) {
                inputs.add(DataInput.of(p, DataInput.Format.AUTO, null));
            }
        } else {
            for (DataInput in : config.data()) {
                inputs.add(in.resolvedAgainst(home()));
            }
        }
        if (inputs.isEmpty()) {
            throw new UserFacingException(configFile + ": data: no input files (add a data section or pass --data)");
        }
        for (DataInput in : inputs) {
            if (!Files.isRegularFile(in.path())) {
                throw new UserFacingException(in.path() + ": no such file");
            }
        }
        return inputs;
    }

    /**
     * Bar files whose bars are longer than {@code bars.timeframe} cannot be cut into shorter bars: the engine would
     * stamp each one with the shorter length and every annualised figure would be wrong. With {@code adapt} (the
     * files came from {@code --data}) the configuration takes the files' bar length and a note says so; otherwise
     * the run is refused naming the key.
     *
     * @return the configuration to run
     * @throws UserFacingException when the bars do not fit and the configuration cannot be changed, or cannot be read
     */
    static EngineConfig fitBars(EngineConfig config, Path configFile, List<DataInput> inputs, boolean adapt,
            PrintWriter err) {
        long longest = 0;
        Path file = null;
        for (DataInput in : inputs) {
            long interval;
            try {
                interval = new DataInspector(in.readOptions()).inspect(in.path()).barIntervalNanos();
            } catch (IOException e) {
                throw new UserFacingException(in.path() + ": cannot read: " + e.getMessage());
            }
            if (interval > longest) {
                longest = interval;
                file = in.path();
            }
        }
        if (longest <= config.bars().timeframeNanos()) {
            return config;
        }
        String bars = Durations.format(Duration.ofNanos(longest));
        String timeframe = Durations.format(config.bars().timeframe());
        if (!adapt) {
            throw new UserFacingException(configFile + ": bars.timeframe: " + timeframe + " is shorter than the " + bars
                    + " bars of " + file + "; set it to " + bars + " or a multiple of it");
        }
        EngineConfig fitted;
        try {
            fitted = config.withBars(new BarsConfig(Duration.ofNanos(longest), config.bars().zone(),
                    config.bars().sessionOffset()));
        } catch (ConfigException e) {
            throw new UserFacingException(file + ": its bars are " + bars + " long, which bars.timeframe cannot take: "
                    + e.getMessage());
        }
        err.println("note: " + file + " holds " + bars + " bars, longer than bars.timeframe " + timeframe + " in "
                + configFile + "; running at " + bars);
        err.flush();
        return fitted;
    }

    /** Reads a configuration, turning its problems into one message naming file, line and key. */
    static EngineConfig load(Path configFile) {
        try {
            return EngineConfig.load(configFile);
        } catch (ConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
    }

    /**
     * Keeps the engine's per-run warnings (a daily loss limit reached, and so on) out of a command that runs many
     * points, where they would bury the progress lines; nothing changes when the user set {@code QA_LOG_LEVEL}.
     *
     * @return what puts the level back, or null when nothing was changed
     */
    static Runnable quietEngineWarnings() {
        if (System.getenv("QA_LOG_LEVEL") != null
                || !(LoggerFactory.getLogger("io.quantagent.engine") instanceof Logger engine)) {
            return null;
        }
        Level before = engine.getLevel();
        engine.setLevel(Level.ERROR);
        return () -> engine.setLevel(before);
    }

    /** A duration option such as {@code 12h}, {@code 2d} or {@code PT6H}. */
    static Duration duration(String option, String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(option + ": " + e.getMessage(), QuantAgentCommand.EXIT_USAGE);
        }
    }

    /** {@code 1m05s}, {@code 42s}, {@code 1.3 s} below ten seconds, {@code 85 ms} below one. */
    static String elapsed(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
        }
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s < 60 ? s + "s" : s < 3600 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
                : String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
    }

    /** A fraction as a signed percentage, {@code +1.23%}; {@code n/a} for NaN. */
    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%+.2f%%", fraction * 100) : na(fraction);
    }

    /** A ratio with two decimals; {@code n/a} for NaN, {@code inf} for infinity. */
    static String ratio(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : na(value);
    }

    private static String na(double value) {
        return Double.isNaN(value) ? "n/a" : value > 0 ? "inf" : "-inf";
    }
}

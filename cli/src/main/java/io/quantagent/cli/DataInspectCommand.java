package io.quantagent.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quantagent.engine.config.Durations;
import io.quantagent.engine.data.BadRowException;
import io.quantagent.engine.data.DataInspector;
import io.quantagent.engine.data.InspectionReport;
import io.quantagent.engine.data.MarketDataFormat;
import io.quantagent.engine.data.ReadOptions;
import io.quantagent.engine.data.TimestampFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quantagent data inspect FILE...}: reads each file whole, detecting its format, and prints what is in
 * it (rows, instrument, time range, bar interval, gaps, duplicates, anomalies) on stdout, as aligned
 * {@code key: value} lines or, with {@code --json}, as a JSON array. Every rejected row is printed on stderr
 * as {@code file:line: reason} (up to {@code --max-errors}, then a count). Exit code 0 when every file is
 * clean, 1 when a row was rejected or a file could not be read, 2 on bad options.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Read market data files and describe them: format, instrument, rows, time range, bar interval, gaps,"
                    + " duplicates and anomalies.",
            "Every rejected row is printed on stderr as file:line: reason. Exit code 0 when every file is clean, 1"
                    + " when a row was rejected or a file could not be read, 2 on bad options."
        })
public final class DataInspectCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Market data files (CSV).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "auto (default: from the header), quantagent, ohlcv, trades, binance-klines or binance-trades.")
    MarketDataFormat format;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Time zone of timestamps without an offset, such as America/New_York (default: UTC).")
    ZoneId zone;

    @Option(names = "--timestamp-format", defaultValue = "auto", paramLabel = "PATTERN",
            converter = TimestampFormatConverter.class,
            description = "auto (default), iso, epoch, epoch-s, epoch-ms, epoch-us, or a pattern such as 'dd.MM.yyyy HH:mm'.")
    TimestampFormat timestampFormat;

    @Option(names = "--json", description = "Print a JSON array, one object per file.")
    boolean json;

    @Option(names = "--max-errors", defaultValue = "20", paramLabel = "N",
            description = "Rejected rows (and anomalies) to list per file before counting the rest (default: 20).")
    int maxErrors;

    @Override
    public Integer call() {
        if (maxErrors < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-errors must be 0 or more, was " + maxErrors);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataInspector inspector = new DataInspector(ReadOptions.defaults()
                .withFormat(format).withZone(zone).withTimestampFormat(timestampFormat).withMaxProblems(maxErrors));
        List<Map<String, Object>> objects = new ArrayList<>();
        boolean clean = true;
        boolean firstBlock = true;
        for (Path file : files) {
            InspectionReport report;
            try {
                report = inspector.inspect(requireFile(file));
            } catch (BadRowException e) {
                err.println(e.getMessage());
                objects.add(error(file, e.getMessage()));
                clean = false;
                continue;
            } catch (IOException e) {
                String message = file + ": " + describe(e);
                err.println(message);
                objects.add(error(file, message));
                clean = false;
                continue;
            }
            for (String problem : report.problems()) {
                err.println(problem);
            }
            if (report.problemsNotShown() > 0) {
                err.println("... and " + report.problemsNotShown() + " more");
            }
            clean &= report.clean();
            if (json) {
                objects.add(toJson(report));
            } else {
                if (!firstBlock) {
                    out.println();
                }
                firstBlock = false;
                printBlock(report, out);
            }
        }
        if (json) {
            out.println(render(objects));
        }
        out.flush();
        err.flush();
        return clean ? 0 : QuantAgentCommand.EXIT_INPUT_ERROR;
    }

    /** The file, or an IOException saying why it cannot be read as a file. */
    private static Path requireFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory, not a file");
        }
        return file;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private void printBlock(InspectionReport r, PrintWriter out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"file", r.file()});
        lines.add(new String[] {"format", r.format().cliName()});
        lines.add(new String[] {"instrument", r.instrument() == null ? "unknown" : r.instrument()});
        lines.add(new String[] {"rows", Long.toString(r.rows())});
        lines.add(new String[] {"accepted", Long.toString(r.accepted())});
        lines.add(new String[] {"rejected", Long.toString(r.rejected())});
        lines.add(new String[] {"first", time(r.firstTimeNanos())});
        lines.add(new String[] {"last", time(r.lastTimeNanos())});
        if (r.format().bars()) {
            lines.add(new String[] {"bar interval", r.barIntervalNanos() > 0 ? duration(r.barIntervalNanos()) : "-"});
            lines.add(new String[] {"gaps", Long.toString(r.gaps())});
            lines.add(new String[] {"largest gap", gap(r)});
            lines.add(new String[] {"duplicates", Long.toString(r.duplicates())});
        } else {
            lines.add(new String[] {"longest pause", gap(r)});
            lines.add(new String[] {"duplicates", r.duplicates() + " (identical consecutive trades)"});
        }
        lines.add(new String[] {"anomalies", Long.toString(r.anomalies().size() + r.anomaliesNotShown())});
        int width = 0;
        for (String[] line : lines) {
            width = Math.max(width, line[0].length());
        }
        for (String[] line : lines) {
            out.println(line[0] + ":" + " ".repeat(width - line[0].length() + 1) + line[1]);
        }
        for (String anomaly : r.anomalies()) {
            out.println("  " + anomaly);
        }
        if (r.anomaliesNotShown() > 0) {
            out.println("  ... and " + r.anomaliesNotShown() + " more");
        }
    }

    private String gap(InspectionReport r) {
        if (r.largestGapNanos() <= 0) {
            return "-";
        }
        return duration(r.largestGapNanos()) + " after " + time(r.largestGapAfterNanos());
    }

    private Map<String, Object> toJson(InspectionReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", r.file());
        o.put("format", r.format().cliName());
        o.put("instrument", r.instrument());
        o.put("rows", r.rows());
        o.put("accepted", r.accepted());
        o.put("rejected", r.rejected());
        o.put("firstTime", r.firstTimeNanos() == Long.MIN_VALUE ? null : time(r.firstTimeNanos()));
        o.put("lastTime", r.lastTimeNanos() == Long.MIN_VALUE ? null : time(r.lastTimeNanos()));
        o.put("barInterval", r.barIntervalNanos() > 0 ? duration(r.barIntervalNanos()) : null);
        o.put("barIntervalNanos", r.barIntervalNanos());
        o.put("gaps", r.gaps());
        o.put("largestGap", r.largestGapNanos() > 0 ? duration(r.largestGapNanos()) : null);
        o.put("largestGapNanos", r.largestGapNanos());
        o.put("largestGapAfter", r.largestGapAfterNanos() == Long.MIN_VALUE ? null : time(r.largestGapAfterNanos()));
        o.put("duplicates", r.duplicates());
        o.put("anomalies", r.anomalies());
        o.put("anomaliesNotShown", r.anomaliesNotShown());
        o.put("problems", r.problems());
        o.put("problemsNotShown", r.problemsNotShown());
        return o;
    }

    private static Map<String, Object> error(Path file, String message) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file.toString());
        o.put("error", message);
        return o;
    }

    private static String render(List<Map<String, Object>> objects) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(objects);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private String time(long nanos) {
        if (nanos == Long.MIN_VALUE) {
            return "-";
        }
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return TIME.format(instant.atZone(zone));
    }

    private static String duration(long nanos) {
        return Durations.format(Duration.ofNanos(nanos));
    }

    /** {@code auto} or a format's command-line name. */
    static final class FormatConverter implements CommandLine.ITypeConverter<MarketDataFormat> {
        @Override
        public MarketDataFormat convert(String value) {
            if (value.equalsIgnoreCase("auto")) {
                return null;
            }
            try {
                return MarketDataFormat.fromName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "unknown format '" + value + "' (expected auto, " + MarketDataFormat.names() + ")");
            }
        }
    }

    /** A zone id such as {@code UTC} or {@code America/New_York}. */
    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("unknown time zone '" + value
                        + "' (use a name such as UTC, Europe/London or America/New_York, or an offset such as +02:00)");
            }
        }
    }

    /** {@code auto}, {@code iso}, {@code epoch-s}, ... or a pattern. */
    static final class TimestampFormatConverter implements CommandLine.ITypeConverter<TimestampFormat> {
        @Override
        public TimestampFormat convert(String value) {
            try {
                return TimestampFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}

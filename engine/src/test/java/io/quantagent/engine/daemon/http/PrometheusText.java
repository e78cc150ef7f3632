package io.quantagent.engine.daemon.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format 0.0.4 (the client library writes it but ships no
 * parser): every line must match the grammar, every sample must belong to the family its {@code # TYPE} line
 * announced, no series may repeat, and each histogram's buckets must rise to a {@code +Inf} bucket equal to its
 * count. A violation fails with the line number and the reason.
 */
final class PrometheusText {

    /** One sample line. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    /** One metric family: its type, help and samples in order. */
    record Family(String name, String type, String help, List<Sample> samples) {

        /** The value of the sample with this exact name and labels. */
        double value(String sampleName, Map<String, String> labels) {
            return samples.stream().filter(s -> s.name().equals(sampleName) && s.labels().equals(labels))
                    .findFirst().orElseThrow(() -> new AssertionError("no sample " + sampleName + labels + " in "
                            + name)).value();
        }
    }

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String FLOAT = "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?Inf|NaN";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") ((?:[^\\\\\\n]|\\\\[\\\\n])*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (" + FLOAT + ")( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    /** Sample names a family may have: in 0.0.4 a counter's samples carry its TYPE name, _total included. */
    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "counter", List.of(""),
            "gauge", List.of(""),
            "untyped", List.of(""),
            "histogram", List.of("_bucket", "_sum", "_count", "_created"),
            "summary", List.of("", "_sum", "_count", "_created"));

    private PrometheusText() {
    }

    /** The families by name, in the order they appear. */
    static Map<String, Family> parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new AssertionError("the exposition does not end with a newline");
        }
        Map<String, Family> families = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        Set<String> series = new HashSet<>();
        Family current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            int number = i + 1;
            Matcher m;
            if (line.isEmpty()) {
                continue;
            } else if ((m = HELP.matcher(line)).matches()) {
                require(helps.put(m.group(1), m.group(2)) == null, number, "a second HELP for " + m.group(1));
            } else if ((m = TYPE.matcher(line)).matches()) {
                require(!families.containsKey(m.group(1)), number, "a second TYPE for " + m.group(1));
                current = new Family(m.group(1), m.group(2), helps.get(m.group(1)), new ArrayList<>());
                families.put(current.name(), current);
            } else if (line.startsWith("#")) {
                require(!line.startsWith("# HELP") && !line.startsWith("# TYPE"), number, "malformed: " + line);
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                require(current != null, number, "a sample before any TYPE line");
                String sampleName = m.group(1);
                String suffix = sampleName.startsWith(current.name())
                        ? sampleName.substring(current.name().length()) : null;
                require(suffix != null && SUFFIXES.get(current.type()).contains(suffix), number,
                        sampleName + " does not belong to the " + current.type() + " " + current.name());
                Map<String, String> labels = labels(m.group(3), number);
                require(series.add(sampleName + labels), number, "a second sample of " + sampleName + labels);
                current.samples().add(new Sample(sampleName, labels, parseFloat(m.group(4))));
            } else {
                throw new AssertionError("line " + number + " is not Prometheus text: " + line);
            }
        }
        for (Family family : families.values()) {
            if (family.type().equals("histogram")) {
                checkHistogram(family);
            }
        }
        return families;
    }

    private static void checkHistogram(Family family) {
        Map<Map<String, String>, List<Sample>> buckets = new LinkedHashMap<>();
        for (Sample sample : family.samples()) {
            if (sample.name().endsWith("_bucket")) {
                Map<String, String> rest = new TreeMap<>(sample.labels());
                if (rest.remove("le") == null) {
                    throw new AssertionError(family.name() + ": a bucket without le");
                }
                buckets.computeIfAbsent(rest, k -> new ArrayList<>()).add(sample);
            }
        }
        if (buckets.isEmpty()) {
            throw new AssertionError(family.name() + ": a histogram without buckets");
        }
        buckets.forEach((labels, list) -> {
            double previousBound = Double.NEGATIVE_INFINITY;
            double previousCount = 0;
            for (Sample bucket : list) {
                double bound = parseFloat(bucket.labels().get("le"));
                if (bound <= previousBound || bucket.value() < previousCount) {
                    throw new AssertionError(family.name() + labels + ": buckets not rising at le=" + bound);
                }
                previousBound = bound;
                previousCount = bucket.value();
            }
            if (previousBound != Double.POSITIVE_INFINITY) {
                throw new AssertionError(family.name() + labels + ": the last bucket is not +Inf");
            }
            double count = family.value(family.name() + "_count", Map.copyOf(labels));
            if (count != previousCount) {
                throw new AssertionError(family.name() + labels + ": +Inf bucket " + previousCount + " != count "
                        + count);
            }
            family.value(family.name() + "_sum", Map.copyOf(labels));
        });
    }

    private static Map<String, String> labels(String text, int number) {
        Map<String, String> labels = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return labels;
        }
        Matcher m = LABEL.matcher(text);
        int at = 0;
        while (at < text.length()) {
            require(m.find(at) && m.start() == at, number, "malformed labels: {" + text + "}");
            require(labels.put(m.group(1), m.group(2).replace("\\n", "\n").replace("\\\"", "\"")
                    .replace("\\\\", "\\")) == null, number, "label " + m.group(1) + " twice");
            at = m.end();
        }
        return labels;
    }

    static double parseFloat(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                if (!text.matches(FLOAT)) {
                    throw new AssertionError("not a number: " + text);
                }
                yield Double.parseDouble(text);
            }
        };
    }

    private static void require(boolean condition, int number, String reason) {
        if (!condition) {
            throw new AssertionError("line " + number + ": " + reason);
        }
    }
}

package io.quantagent.backtest.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The ECharts library, read from its WebJar on the class path to be inlined into the report. */
final class EchartsLibrary {

    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static final String SCRIPT = "META-INF/resources/webjars/echarts/%s/dist/echarts.min.js";

    private EchartsLibrary() {
    }

    /** The WebJar's version, such as "5.3.1". */
    static String version() {
        return Holder.VERSION;
    }

    /** The text of {@code echarts.min.js}. */
    static String script() {
        return Holder.SCRIPT_TEXT;
    }

    /** Loads both once, on first use. */
    private static final class Holder {
        static final String VERSION = readVersion();
        static final String SCRIPT_TEXT = checkedInline(read(String.format(Locale.ROOT, SCRIPT, VERSION)), "echarts.min.js");
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = open(POM_PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POM_PROPERTIES, e);
        }
        String version = properties.getProperty("version");
        if (version == null) {
            throw new IllegalStateException(POM_PROPERTIES + " has no version");
        }
        return version;
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EchartsLibrary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path: the report needs the"
                    + " org.webjars.npm:echarts WebJar");
        }
        return in;
    }

    /** Checks that a script can sit inside a {@code <script>} element as it is. */
    static String checkedInline(String script, String name) {
        String lower = script.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(name + " contains </script or <!-- and cannot be inlined as it is");
        }
        return script;
    }
}

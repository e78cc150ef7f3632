package io.quantagent.engine.daemon.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard: {@code dashboard.html} next to this class, one page with its style and script inline (it needs
 * no internet). The page comes with the current snapshot and the service's settings built in, so it draws at once;
 * then it follows {@code /api/events}.
 */
final class DashboardPage {

    private static final String RESOURCE = "dashboard.html";
    private static final String CONFIG_SLOT = "/*QA_CONFIG*/null";
    private static final String STATE_SLOT = "/*QA_STATE*/null";

    private final SnapshotJson snapshots;
    private final String before;
    private final String between;
    private final String after;

    DashboardPage(SnapshotJson snapshots, boolean controlEnabled, String controlTokenEnv) {
        this.snapshots = snapshots;
        String template = load();
        int config = template.indexOf(CONFIG_SLOT);
        int state = template.indexOf(STATE_SLOT);
        if (config < 0 || state < config) {
            throw new IllegalStateException(RESOURCE + " lacks its " + CONFIG_SLOT + " and " + STATE_SLOT
                    + " slots, in that order");
        }
        String settings = "{\"controlEnabled\":" + controlEnabled + ",\"controlTokenEnv\":\""
                + controlTokenEnv + "\"}";
        this.before = template.substring(0, config) + settings;
        this.between = template.substring(config + CONFIG_SLOT.length(), state);
        this.after = template.substring(state + STATE_SLOT.length());
    }

    /** The page with the current snapshot in it. */
    byte[] render() {
        String state = new String(snapshots.current().json(), StandardCharsets.UTF_8);
        return (before + between + scriptSafe(state) + after).getBytes(StandardCharsets.UTF_8);
    }

    /** JSON that can sit inside a script element: no {@code </script>}, no comment openers. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String load() {
        try (InputStream in = DashboardPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath next to "
                        + DashboardPage.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

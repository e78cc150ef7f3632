package io.quantagent.engine.daemon.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantagent.engine.daemon.DaemonView;
import java.io.UncheckedIOException;

/**
 * The daemon's latest snapshot as JSON, written once per {@link DaemonView#version()} however many dashboards and
 * requests ask for it. The fields are the {@link io.quantagent.engine.daemon.DaemonSnapshot} record components,
 * under the same names (see the package documentation).
 */
final class SnapshotJson {

    /**
     * A snapshot written as JSON.
     *
     * @param version the {@link DaemonView#version()} read before the snapshot (so the content is never older)
     * @param json UTF-8 JSON on one line
     */
    record Rendered(long version, byte[] json) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DaemonView view;
    private volatile Rendered last;

    SnapshotJson(DaemonView view) {
        this.view = view;
    }

    /** The current snapshot as JSON (from the cache when the version has not moved). */
    Rendered current() {
        long version = view.version();
        Rendered rendered = last;
        if (rendered != null && rendered.version() == version) {
            return rendered;
        }
        try {
            rendered = new Rendered(version, MAPPER.writeValueAsBytes(view.snapshot()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the daemon's snapshot as JSON", e);
        }
        last = rendered;
        return rendered;
    }
}

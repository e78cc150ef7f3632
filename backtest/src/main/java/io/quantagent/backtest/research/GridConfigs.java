package io.quantagent.backtest.research;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.ConfigProblem;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of each grid point: the base configuration file's YAML tree with the point's keys set, read
 * by {@link ConfigLoader} like any configuration file, so a bad key or value gets the loader's message (the key's
 * full path, the nearest valid key) placed at the key's line in the grid file. Every point then reads the given
 * data inputs and runs the sequential topology with a blocking wait.
 */
public final class GridConfigs {

    private final ParameterGrid grid;
    private final EngineConfig base;
    private final ObjectNode baseTree;
    private final List<DataInput> data;

    /**
     * The points of {@code grid} over the configuration file {@code baseFile}, reading {@code data}.
     *
     * @throws ConfigException when the base file itself is not a valid configuration (its own file and lines)
     * @throws ResearchException when the base file cannot be read
     */
    public GridConfigs(Path baseFile, ParameterGrid grid, List<DataInput> data) {
        this.grid = grid;
        this.base = ConfigLoader.load(baseFile).config();
        this.data = List.copyOf(data);
        try {
            JsonNode tree = ParameterGrid.YAML.readTree(Files.readString(baseFile, StandardCharsets.UTF_8));
            this.baseTree = tree instanceof ObjectNode object ? object : ParameterGrid.YAML.createObjectNode();
        } catch (IOException e) {
            throw new ResearchException(baseFile + ": cannot read the configuration: " + e.getMessage(), e);
        }
    }

    /** The grid. */
    public ParameterGrid grid() {
        return grid;
    }

    /** The base configuration with the data inputs, before any point's overrides. */
    public EngineConfig base() {
        return runnable(base);
    }

    /** The data inputs every point reads. */
    public List<DataInput> data() {
        return data;
    }

    /**
     * The configuration of one point, ready to run.
     *
     * @throws ResearchException naming the grid file, the key and the point when the overrides are not valid
     */
    public EngineConfig config(GridPoint point) {
        List<String> problems = new ArrayList<>();
        EngineConfig config = read(point, problems);
        if (config == null) {
            List<String> lines = new ArrayList<>();
            for (String p : problems) {
                lines.add(p + " (grid point " + point.index() + ": " + point.label() + ")");
            }
            throw new ResearchException(lines);
        }
        return config;
    }

    /**
     * Checks every point before anything runs. Each distinct problem is reported once, with the first point that
     * has it and how many do.
     *
     * @throws ResearchException listing up to {@code maxProblems} distinct problems
     */
    public void validateAll(int maxProblems) {
        Map<String, long[]> found = new LinkedHashMap<>();
        for (long i = 0; i < grid.size(); i++) {
            GridPoint point = grid.point(i);
            List<String> problems = new ArrayList<>();
            if (read(point, problems) != null) {
                continue;
            }
            for (String p : problems) {
                long[] seen = found.get(p);
                if (seen != null) {
                    seen[1]++;
                } else if (found.size() < maxProblems) {
                    found.put(p, new long[] {i, 1});
                }
            }
        }
        if (found.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, long[]> e : found.entrySet()) {
            long first = e.getValue()[0];
            long count = e.getValue()[1];
            lines.add(e.getKey() + " (grid point " + first + ": " + grid.point(first).label()
                    + (count > 1 ? "; " + count + " of " + grid.size() + " points" : "") + ")");
        }
        throw new ResearchException(lines);
    }

    private EngineConfig read(GridPoint point, List<String> problems) {
        ObjectNode tree = baseTree.deepCopy();
        for (int i = 0; i < point.keys().size(); i++) {
            set(tree, point.keys().get(i), point.values().get(i));
        }
        String text;
        try {
            text = ParameterGrid.YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a configuration tree as YAML", e);
        }
        try {
            return runnable(ConfigLoader.parse(text, grid.source()).config());
        } catch (ConfigException e) {
            for (ConfigProblem p : e.problems()) {
                GridAxis axis = grid.axisFor(p.key());
                String where = axis == null || axis.line() == 0 ? grid.source()
                        : grid.source() + ":" + axis.line() + ":" + axis.column();
                problems.add(where + ": " + (p.key().isEmpty() ? "" : p.key() + ": ") + p.message());
            }
            return null;
        }
    }

    private static void set(ObjectNode tree, String key, JsonNode value) {
        String[] parts = key.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        node.set(parts[parts.length - 1], value.deepCopy());
    }

    private EngineConfig runnable(EngineConfig config) {
        PipelineConfig pipeline = new PipelineConfig(PipelineConfig.Topology.SEQUENTIAL,
                PipelineConfig.WaitStrategy.BLOCKING, config.pipeline().ringSize());
        return config.withData(data).withPipeline(pipeline);
    }

    /** A digest of the base configuration as the loader reads it (comments and layout do not count). */
    public String configFingerprint() {
        return ParameterGrid.sha256(ConfigLoader.toYaml(base.withData(List.of())));
    }

    /** A digest of the data inputs: each file's settings, absolute path, size and modification time. */
    public String dataFingerprint() {
        StringBuilder sb = new StringBuilder();
        for (DataInput in : data) {
            sb.append(in.path().toAbsolutePath().normalize()).append('|').append(in.format()).append('|')
                    .append(in.instrument()).append('|').append(in.zone()).append('|').append(in.timestampFormat())
                    .append('|').append(in.badRows()).append('|').append(in.priceDecimals()).append('|')
                    .append(in.quantityDecimals());
            try {
                sb.append('|').append(Files.size(in.path())).append('|').append(Files.getLastModifiedTime(in.path()));
            } catch (IOException e) {
                sb.append("|missing");
            }
            sb.append('\n');
        }
        return ParameterGrid.sha256(sb.toString());
    }
}

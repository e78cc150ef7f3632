package io.quantagent.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML configuration into an {@link EngineConfig}, reporting every problem at once, each with the
 * file, line, column and the key's full path, and the nearest valid key for a misspelt one:
 * {@code configs/backtest.yaml:12:5: agents.indicator.rsiPeriodd: unknown key; did you mean 'rsiPeriod'?}.
 *
 * <p>Keys a file leaves out take their defaults ({@link EngineConfig#defaults()}); an empty section
 * ({@code agents:} with nothing under it) is all defaults. A number may be written with or without quotes, but
 * must read as the key's type: {@code 14} and {@code "14"} are a whole number, {@code 14.5} and {@code abc}
 * are not.
 */
public final class ConfigLoader {

    private static final int MAX_ATTEMPTS = 1_000;
    private static final long MAX_FILE_BYTES = 1 << 20;
    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");
    private static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(token|secret|password|passwd|api.?key).*");
    private static final List<String> ALL_KEYS = allKeys(EngineConfig.class, "");

    private ConfigLoader() {
    }

    /**
     * Reads and validates a configuration file.
     *
     * @throws ConfigException naming every problem found (one line each for a missing, empty or non-YAML file)
     */
    public static LoadedConfig load(Path file) {
        String source = file.toString();
        if (!Files.exists(file)) {
            String where = file.isAbsolute() ? "" : " (relative to the working directory "
                    + Path.of("").toAbsolutePath() + ")";
            throw new ConfigException(new ConfigProblem(source, 0, 0, "", "no such file" + where));
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(new ConfigProblem(source, 0, 0, "", "is a folder, not a configuration file"));
        }
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ConfigException(new ConfigProblem(source, 0, 0, "", "too large for a configuration file ("
                        + size / 1024 + " KiB; the limit is " + MAX_FILE_BYTES / 1024 + " KiB): is it a data file?"));
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(new ConfigProblem(source, 0, 0, "", "not a YAML file: it is not UTF-8 text"));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage()));
        }
        return parse(text, source);
    }

    /**
     * Reads and validates configuration text.
     *
     * @param yaml the YAML text
     * @param source the name problems are reported under, such as the file's path
     * @throws ConfigException naming every problem found
     */
    public static LoadedConfig parse(String yaml, String source) {
        LocationIndex index;
        JsonNode root;
        try (JsonParser scanner = ConfigMapper.MAPPER.createParser(yaml);
                JsonParser reader = ConfigMapper.MAPPER.createParser(yaml)) {
            index = LocationIndex.scan(scanner, source);
            root = ConfigMapper.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(reader);
            if (reader.nextToken() != null) {
                JsonLocation at = reader.currentTokenLocation();
                throw new ConfigException(new ConfigProblem(source, at.getLineNr(), at.getColumnNr(), "",
                        "a second YAML document ('---'); a configuration is one document"));
            }
        } catch (JsonProcessingException e) {
            throw new ConfigException(syntaxProblem(e, source));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(source, 0, 0, "", "cannot read: " + e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(new ConfigProblem(source, 0, 0, "",
                    "the file is empty; a configuration has sections such as 'bars:' and 'agents:' (see configs/backtest.yaml,"
                            + " or run 'quantagent config defaults')"));
        }
        if (!root.isObject()) {
            throw new ConfigException(new ConfigProblem(source, 1, 1, "",
                    "not a configuration: expected sections (" + String.join(", ", topLevelKeys()) + ") as 'key: value' lines, found "
                            + describe(root)));
        }
        List<ConfigProblem> problems = new ArrayList<>(index.duplicates());
        EngineConfig config = bind((ObjectNode) root, index, problems);
        if (!problems.isEmpty() || config == null) {
            if (problems.isEmpty()) {
                problems.add(new ConfigProblem(source, 0, 0, "", "cannot be read as a configuration"));
            }
            problems.sort(Comparator.comparingInt((ConfigProblem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
                    .thenComparingInt(ConfigProblem::column));
            throw new ConfigException(problems);
        }
        List<ConfigProblem> warnings = new ArrayList<>();
        for (ConfigProblem w : config.warnings()) {
            warnings.add(index.locate(w));
        }
        return new LoadedConfig(source, config, warnings, index);
    }

    /** A configuration as YAML that {@link #parse} reads back to an equal configuration. */
    public static String toYaml(EngineConfig config) {
        try {
            return ConfigMapper.MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration as YAML", e);
        }
    }

    /**
     * Binds the file's keys over the defaults. A key that fails is reported and taken out (so its default
     * applies), then binding starts again; that way one pass finds every problem, not just the first.
     */
    private static EngineConfig bind(ObjectNode user, LocationIndex index, List<ConfigProblem> problems) {
        JsonNode defaults = ConfigMapper.MAPPER.valueToTree(EngineConfig.defaults());
        Set<String> reported = new LinkedHashSet<>();
        for (ConfigProblem p : problems) {
            reported.add(p.key());
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            JsonNode merged = merge(defaults, user);
            List<ConfigProblem> found;
            try {
                return ConfigMapper.MAPPER.treeToValue(merged, EngineConfig.class);
            } catch (JsonMappingException e) {
                found = describe(e, merged);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                found = List.of(ConfigProblem.of("", "cannot be read: " + firstLine(e.getMessage())));
            }
            boolean progress = false;
            for (ConfigProblem p : found) {
                if (!covered(reported, p.key())) {
                    reported.add(p.key());
                    problems.add(index.locate(p));
                }
                progress |= remove(user, p.key());
            }
            for (String key = LocationIndex.parent(found.get(0).key()); !progress && !key.isEmpty();
                    key = LocationIndex.parent(key)) {
                progress = remove(user, key);
            }
            if (!progress) {
                return null;
            }
        }
        return null;
    }

    /** The user's keys over the defaults; an empty section keeps its defaults, a list replaces the default list. */
    private static JsonNode merge(JsonNode defaults, JsonNode user) {
        if (user == null) {
            return defaults == null ? null : defaults.deepCopy();
        }
        if (empty(user) && defaults != null && (defaults.isObject() || defaults.isArray())) {
            return defaults.deepCopy();
        }
        if (defaults != null && defaults.isObject() && user.isObject()) {
            ObjectNode result = ((ObjectNode) defaults).deepCopy();
            for (Map.Entry<String, JsonNode> field : user.properties()) {
                result.set(field.getKey(), merge(defaults.get(field.getKey()), field.getValue()));
            }
            return result;
        }
        return user.deepCopy();
    }

    /** A key written with nothing after it: YAML reads it as null, or as '' at the end of a file. */
    private static boolean empty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isTextual() && node.asText().isEmpty());
    }

    /** Takes a key out of the user's tree (a list item becomes empty, so later items keep their numbers). */
    private static boolean remove(ObjectNode user, String key) {
        List<Object> segments = segments(key);
        if (segments.isEmpty()) {
            return false;
        }
        JsonNode parent = user;
        for (int i = 0; i < segments.size() - 1 && parent != null; i++) {
            parent = child(parent, segments.get(i));
        }
        Object last = segments.get(segments.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            return object.remove(name) != null;
        }
        if (parent instanceof ArrayNode array && last instanceof Integer i && i < array.size() && !array.get(i).isNull()) {
            array.set(i, NullNode.getInstance());
            return true;
        }
        return false;
    }

    /** Whether a problem at this key is already explained by one reported at it, above it or below it. */
    private static boolean covered(Set<String> reported, String key) {
        for (String r : reported) {
            if (r.equals(key) || under(r, key) || under(key, r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean under(String key, String ancestor) {
        return !ancestor.isEmpty() && (key.startsWith(ancestor + ".") || key.startsWith(ancestor + "["));
    }

    /** Turns Jackson's exception into problems with full keys and plain messages. */
    private static List<ConfigProblem> describe(JsonMappingException e, JsonNode merged) {
        String key = keyOf(e.getPath());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigException ce) {
                List<ConfigProblem> result = new ArrayList<>();
                for (ConfigProblem p : ce.problems()) {
                    result.add(p.under(key));
                }
                return result;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return List.of(ConfigProblem.of(key, unknownKeyMessage(key, unknown.getPropertyName(), unknown.getKnownPropertyIds())));
        }
        if (e instanceof MismatchedInputException mismatch) {
            Matcher missing = MISSING_PROPERTY.matcher(e.getOriginalMessage());
            if (missing.find()) {
                String name = missing.group(1);
                boolean named = key.equals(name) || key.endsWith("." + name);
                return List.of(ConfigProblem.of(named ? key : key.isEmpty() ? name : key + "." + name, "required key is missing"));
            }
            return List.of(ConfigProblem.of(key, typeMessage(mismatch.getTargetType(), nodeAt(merged, key))));
        }
        return List.of(ConfigProblem.of(key, firstLine(e.getOriginalMessage())));
    }

    private static String unknownKeyMessage(String key, String name, Collection<Object> knownIds) {
        List<String> known = new ArrayList<>();
        for (Object id : knownIds) {
            known.add(String.valueOf(id));
        }
        Optional<String> near = Suggestions.nearest(name, known);
        if (near.isPresent()) {
            return "unknown key; did you mean '" + near.get() + "'?";
        }
        String here = LocationIndex.parent(key).replaceAll("\\[\\d+]", "[]");
        List<String> elsewhere = new ArrayList<>();
        for (String valid : ALL_KEYS) {
            String leaf = valid.substring(Math.max(valid.lastIndexOf('.'), valid.lastIndexOf(']')) + 1);
            if (leaf.equalsIgnoreCase(name) && !LocationIndex.parent(valid).equals(here)) {
                elsewhere.add(valid);
            }
        }
        if (!elsewhere.isEmpty()) {
            return "unknown key here; did you mean " + String.join(" or ", elsewhere) + "?";
        }
        if (SECRET_LIKE.matcher(name).matches()) {
            return "unknown key; secrets never go in a configuration file: put the token in an environment variable"
                    + " and name that variable in paper.http.controlTokenEnv";
        }
        known.sort(null);
        return "unknown key; valid keys here: " + String.join(", ", known);
    }

    private static String typeMessage(Class<?> target, JsonNode actual) {
        if (target != null && target.isEnum() && ConfigEnum.class.isAssignableFrom(target)) {
            List<String> values = new ArrayList<>();
            for (Object constant : target.getEnumConstants()) {
                values.add(((ConfigEnum) constant).key());
            }
            String was = empty(actual) ? "nothing" : describe(actual);
            String hint = actual != null && actual.isTextual()
                    ? Suggestions.nearest(actual.asText(), values).map(v -> "; did you mean '" + v + "'?").orElse("")
                    : "";
            return "must be one of " + String.join(", ", values) + "; was " + was + hint;
        }
        if (empty(actual)) {
            return "has no value; expected " + expected(target);
        }
        return "expected " + expected(target) + ", was " + describe(actual);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Duration.class) {
            return "a duration such as 250ms, 5m or PT1H";
        }
        if (type == ZoneId.class) {
            return "a time zone such as UTC or Europe/London";
        }
        if (Path.class.isAssignableFrom(type)) {
            return "a file path";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list ('- item' lines or [a, b])";
        }
        if (type.isRecord()) {
            return "a section of 'key: value' lines";
        }
        return "a " + type.getSimpleName();
    }

    /** A value as a user would recognise it: {@code 'abc'}, {@code 14.5}, {@code a list}. */
    private static String describe(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case STRING -> "'" + abbreviate(node.asText()) + "'";
            case NUMBER, BOOLEAN -> node.asText();
            case ARRAY -> "a list";
            case OBJECT -> "a section of keys";
            case NULL, MISSING -> "nothing";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static ConfigProblem syntaxProblem(JsonProcessingException e, String source) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                Mark start = marked.getContextMark();
                String context = marked.getContext() == null ? ""
                        : " (" + marked.getContext() + (start == null ? "" : " that starts at line " + (start.getLine() + 1)
                                + ", column " + (start.getColumn() + 1)) + ")";
                return new ConfigProblem(source, mark.getLine() + 1, mark.getColumn() + 1, "",
                        "not valid YAML: " + marked.getProblem() + context);
            }
        }
        JsonLocation at = e.getLocation();
        return new ConfigProblem(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                "not valid YAML: " + firstLine(e.getOriginalMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String keyOf(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** {@code data[1].format} to {@code ["data", 1, "format"]}. */
    private static List<Object> segments(String key) {
        List<Object> segments = new ArrayList<>();
        Matcher m = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(key);
        while (m.find()) {
            segments.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
        }
        return segments;
    }

    private static JsonNode child(JsonNode node, Object segment) {
        if (segment instanceof Integer i) {
            return node.isArray() ? node.get(i) : null;
        }
        return node.isObject() ? node.get((String) segment) : null;
    }

    private static JsonNode nodeAt(JsonNode root, String key) {
        JsonNode node = root;
        for (Object segment : segments(key)) {
            if (node == null) {
                return null;
            }
            node = child(node, segment);
        }
        return node;
    }

    private static List<String> topLevelKeys() {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : EngineConfig.class.getRecordComponents()) {
            keys.add(c.getName());
        }
        return keys;
    }

    /** Every valid key, such as {@code agents.indicator.rsiPeriod} and {@code data[].path}. */
    private static List<String> allKeys(Class<?> type, String prefix) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String key = prefix.isEmpty() ? c.getName() : prefix + "." + c.getName();
            keys.add(key);
            if (c.getType().isRecord()) {
                keys.addAll(allKeys(c.getType(), key));
            } else if (List.class.isAssignableFrom(c.getType())
                    && c.getGenericType() instanceof ParameterizedType list) {
                Type item = list.getActualTypeArguments()[0];
                if (item instanceof Class<?> itemClass && itemClass.isRecord()) {
                    keys.addAll(allKeys(itemClass, key + "[]"));
                }
            }
        }
        return keys;
    }
}

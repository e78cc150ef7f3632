package io.quantagent.engine.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The strict YAML mapper for configuration files: unknown keys fail, nulls never become 0, a fraction never
 * becomes a whole number, and a scalar is accepted only when its text reads as the key's type ("14" and 14
 * both read as 14; "abc" does not).
 */
final class ConfigMapper {

    static final YAMLMapper MAPPER = build();

    private ConfigMapper() {
    }

    private static YAMLMapper build() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        SimpleModule module = new SimpleModule("quantagent-config");
        module.addSerializer(Duration.class, new TextSerializer<>(Duration.class, Durations::format));
        module.addSerializer(ZoneId.class, new TextSerializer<>(ZoneId.class, ZoneId::getId));
        module.addSerializer(Path.class, new TextSerializer<>(Path.class, p -> p.toString().replace('\\', '/')));
        module.addSerializer(Double.class, new DecimalSerializer());
        module.addSerializer(double.class, new DecimalSerializer());
        module.addDeserializer(Duration.class, new TextDeserializer<>(Duration.class, ConfigMapper::duration));
        module.addDeserializer(ZoneId.class, new TextDeserializer<>(ZoneId.class, ConfigMapper::zone));
        module.addDeserializer(Path.class, new TextDeserializer<>(Path.class, ConfigMapper::path));
        return YAMLMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.WRAP_EXCEPTIONS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Collection, c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.POJO, c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .addModule(module)
                .build();
    }

    private static Duration duration(String text) {
        return Durations.parse(text);
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
            zones.sort(null);
            String hint = Suggestions.nearest(text.trim(), zones).map(z -> "; did you mean '" + z + "'?")
                    .orElse(" (write UTC, an offset such as +02:00, or a region such as Europe/London)");
            throw new IllegalArgumentException("unknown time zone '" + text + "'" + hint);
        }
    }

    private static Path path(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("must name a file or folder");
        }
        try {
            return Path.of(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid path: " + e.getMessage());
        }
    }

    /** Writes a double as people write it (0.0001, 70), never in exponent form. */
    private static final class DecimalSerializer extends StdScalarSerializer<Double> {
        private static final long serialVersionUID = 1L;

        DecimalSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNumber(value);
            } else {
                gen.writeNumber(BigDecimal.valueOf(value).stripTrailingZeros());
            }
        }
    }

    /** Writes a value as its text. */
    private static final class TextSerializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> format;

        TextSerializer(Class<T> type, Function<T, String> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format.apply(value));
        }
    }

    /**
     * Reads a value from its text; a failure becomes a {@link ConfigException} that the loader places at the
     * key. A whole number 0 is read as the text "0", so that {@code latency: 0} means no latency.
     */
    private static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> type;
        private final transient Function<String, T> parse;

        TextDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            String text;
            if (token == JsonToken.VALUE_STRING) {
                text = p.getText();
            } else if (token == JsonToken.VALUE_NUMBER_INT && type == Duration.class && p.getLongValue() == 0) {
                text = "0";
            } else {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(ConfigProblem.of("", e.getMessage()));
            }
        }
    }
}

package io.quantagent.engine.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One decoded journal record (cold path: allocates): its type, journal index, input sequence, event time and
 * instrument, its payload as named {@link Field fields}, and its raw bytes. Renders as one line of text or as a
 * JSON object.
 */
public final class JournalRecord {

    private static final JsonFactory JSON = new JsonFactory();

    private final RecordType type;
    private final long index;
    private final long inputSequence;
    private final long timeNanos;
    private final int instrument;
    private final String instrumentName;
    private final List<Field> fields;
    private final byte[] bytes;

    JournalRecord(RecordType type, long index, long inputSequence, long timeNanos, int instrument,
            String instrumentName, List<Field> fields, byte[] bytes) {
        this.type = type;
        this.index = index;
        this.inputSequence = inputSequence;
        this.timeNanos = timeNanos;
        this.instrument = instrument;
        this.instrumentName = instrumentName;
        this.fields = List.copyOf(fields);
        this.bytes = bytes;
    }

    /** The record's type. */
    public RecordType type() {
        return type;
    }

    /** Its index in the journal: 0 for the header, then one more per record. */
    public long index() {
        return index;
    }

    /** The input sequence of the event it belongs to ({@code -1} for the header and the end record). */
    public long inputSequence() {
        return inputSequence;
    }

    /** Its event time, epoch nanoseconds. */
    public long timeNanos() {
        return timeNanos;
    }

    /** Its instrument id, {@code -1} when none. */
    public int instrument() {
        return instrument;
    }

    /** Its instrument's name, {@code -} when none. */
    public String instrumentName() {
        return instrumentName;
    }

    /** The payload's fields, in order. */
    public List<Field> fields() {
        return fields;
    }

    /** The field with this name, or null. */
    public Field field(String name) {
        for (Field field : fields) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** The text of the field with this name, or null when there is none. */
    public String value(String name) {
        Field field = field(name);
        return field == null ? null : field.valueText();
    }

    /** For a SIGNAL, its agent (INDICATOR, PATTERN, TREND or RISK); otherwise null. */
    public String agent() {
        return type == RecordType.SIGNAL ? value("agent") : null;
    }

    /** The raw record (a copy), as stored in the journal. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * One line: {@code #index TYPE input=N time=ISO instrument=NAME field=value ...} (the header's configuration
     * is left out; see {@link #json()} or the header itself).
     */
    public String text() {
        StringBuilder line = new StringBuilder(160);
        line.append('#').append(index).append(' ').append(type.name())
                .append(" input=").append(inputSequence)
                .append(" time=").append(Field.timeText(timeNanos))
                .append(" instrument=").append(instrumentName);
        for (Field field : fields) {
            if (type == RecordType.HEADER && field.name().equals("config")) {
                continue;
            }
            String value = field.valueText();
            line.append(' ').append(field.name()).append('=');
            if (value.isEmpty() || value.indexOf(' ') >= 0) {
                line.append('"').append(value).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
    }

    /**
     * One JSON object: {@code index, type, input, time} (epoch nanoseconds), {@code time_iso}, {@code instrument},
     * then every field: whole numbers and exact decimals as JSON numbers, readings as numbers (null when not a
     * number), symbols and text as strings, flags as booleans, times as epoch nanoseconds; missing values as null.
     */
    public String json() {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            out.writeNumberField("index", index);
            out.writeStringField("type", type.name());
            out.writeNumberField("input", inputSequence);
            if (Field.isTime(timeNanos)) {
                out.writeNumberField("time", timeNanos);
            } else {
                out.writeNullField("time");
            }
            out.writeStringField("time_iso", Field.timeText(timeNanos));
            out.writeStringField("instrument", instrumentName);
            for (Field field : fields) {
                out.writeFieldName(field.name());
                writeValue(out, field);
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeValue(JsonGenerator out, Field field) throws IOException {
        switch (field.kind()) {
            case INTEGER -> out.writeNumber(field.number());
            case TIME -> {
                if (Field.isTime(field.number())) {
                    out.writeNumber(field.number());
                } else {
                    out.writeNull();
                }
            }
            case NONE -> out.writeNull();
            case DECIMAL -> out.writeNumber(field.decimalValue().toPlainString());
            case REAL -> {
                if (Double.isFinite(field.real())) {
                    out.writeNumber(field.real());
                } else {
                    out.writeNull();
                }
            }
            case SYMBOL, TEXT -> out.writeString(field.text());
            case FLAG -> out.writeBoolean(field.number() != 0);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}

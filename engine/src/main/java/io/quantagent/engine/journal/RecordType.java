package io.quantagent.engine.journal;

/** The kinds of journal record. The codes are the journal format: never renumber them. */
public enum RecordType {
    /** First record: journal format and engine version, the whole configuration as YAML, the instrument table. */
    HEADER(1),
    /** An input event as it entered the ring: a trade, bar, quote or end-of-data flush. */
    INPUT(2),
    /** A bar the bar stage closed. */
    BAR(3),
    /** One agent's report with its readings (indicator, pattern, trend or risk). */
    SIGNAL(4),
    /** The fused decision with every agent's reading as the fusion rule saw it, and the order intent. */
    DECISION(5),
    /** What the execution stage did with an intent: open, close, hold or skip, with its sizing figures. */
    ACTION(6),
    /** An order the broker accepted, with all its fields. */
    ORDER(7),
    /** An order the broker refused, and why. */
    REJECT(8),
    /** A fill. */
    FILL(9),
    /** A cancellation, and why. */
    CANCEL(10),
    /** A change of the risk state: kill switch, daily loss limit, halt. */
    RISK(11),
    /** A stage threw on an event. */
    FAULT(12),
    /** Last record of a complete run: the counts and the final account. */
    END(13);

    private static final RecordType[] BY_CODE = new RecordType[14];

    static {
        for (RecordType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    /** The code written in the journal. */
    public int code() {
        return code;
    }

    /** The type of a code. */
    public static RecordType ofCode(int code) {
        RecordType type = code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        if (type == null) {
            throw new IllegalArgumentException("unknown journal record type " + code);
        }
        return type;
    }
}

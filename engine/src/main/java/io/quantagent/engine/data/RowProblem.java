package io.quantagent.engine.data;

/** Why a reader rejected a row or a whole file; every rejection is counted under one of these. */
public enum RowProblem {
    /** The file holds nothing (or only a byte-order mark and blank lines). */
    EMPTY_FILE(true),
    /** The file is compressed, UTF-16 or binary rather than CSV text. */
    BINARY_FILE(true),
    /** The first line is not the header the format needs (wrong names, missing columns, or a data row). */
    BAD_HEADER(true),
    /** The format could not be told from the header; pass it explicitly. */
    UNKNOWN_FORMAT(true),
    /** A header and no data rows. */
    NO_DATA(true),
    /** A blank line between rows. */
    EMPTY_LINE(false),
    /** A row with more or fewer fields than the header. */
    FIELD_COUNT(false),
    /** The last line ends without a line end and is incomplete. */
    TRUNCATED_LINE(false),
    /** A line longer than the reader's buffer. */
    LINE_TOO_LONG(false),
    /** Control bytes (NUL and the like) inside a line. */
    BINARY_DATA(false),
    /** A required value is empty. */
    EMPTY_VALUE(false),
    /** A value that is not a decimal number (including NaN and infinities). */
    NOT_A_NUMBER(false),
    /** A value with more significant decimals than the scale keeps. */
    TOO_PRECISE(false),
    /** A value too large for a fixed-point long at its scale. */
    OUT_OF_RANGE(false),
    /** A timestamp that cannot be read or lies outside the years 1678 to 2261. */
    BAD_TIMESTAMP(false),
    /** A price that is zero or negative. */
    NON_POSITIVE_PRICE(false),
    /** A volume or traded amount below zero. */
    NEGATIVE_QUANTITY(false),
    /** A bar whose high is below its low. */
    HIGH_BELOW_LOW(false),
    /** A bar whose open lies outside [low, high]. */
    OPEN_OUTSIDE_RANGE(false),
    /** A bar whose close lies outside [low, high]. */
    CLOSE_OUTSIDE_RANGE(false),
    /** A timestamp earlier than the previous accepted row's. */
    TIME_BACKWARDS(false),
    /** A bar with the same timestamp as the previous accepted bar. */
    DUPLICATE_TIMESTAMP(false);

    private final boolean wholeFile;

    RowProblem(boolean wholeFile) {
        this.wholeFile = wholeFile;
    }

    /** True when the problem concerns the whole file: it is always thrown, whatever the policy. */
    public boolean wholeFile() {
        return wholeFile;
    }
}

package io.quantagent.engine.data;

/** Short spellings of nanosecond durations for messages, as config.Durations writes them: {@code 1h}, {@code 2d18h}. */
final class IntervalText {

    private static final long[] UNITS = {
        86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L};
    private static final String[] NAMES = {"d", "h", "m", "s", "ms", "us", "ns"};

    private IntervalText() {
    }

    /** The duration as its non-zero parts, largest unit first ({@code 0s} for zero; negative ones get a minus). */
    static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long rest = nanos;
        if (rest < 0) {
            sb.append('-');
            rest = rest == Long.MIN_VALUE ? Long.MAX_VALUE : -rest;
        }
        for (int k = 0; k < UNITS.length; k++) {
            long amount = rest / UNITS[k];
            if (amount > 0) {
                sb.append(amount).append(NAMES[k]);
                rest -= amount * UNITS[k];
            }
        }
        return sb.toString();
    }
}

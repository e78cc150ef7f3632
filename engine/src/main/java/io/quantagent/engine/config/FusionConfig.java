package io.quantagent.engine.config;

/**
 * How the aggregator turns the agents' reports into one decision (section {@code agents.fusion}).
 *
 * @param mode {@code benchmark} (default, the paper's protocol: every decision is LONG or SHORT) or
 *     {@code trading} (may stay flat when the evidence is weak)
 * @param minStrength in trading mode, the weakest fused strength that still opens a position, 0 to 1;
 *     default 0.5 (ignored in benchmark mode)
 */
public record FusionConfig(Mode mode, double minStrength) {

    private static final FusionConfig DEFAULTS = new FusionConfig(Mode.BENCHMARK, 0.5);

    public FusionConfig {
        Checks checks = new Checks();
        checks.present("mode", mode);
        checks.between("minStrength", minStrength, 0, 1).done();
    }

    /** Benchmark mode, as in the paper. */
    public static FusionConfig defaults() {
        return DEFAULTS;
    }

    /** What the aggregator may answer. */
    public enum Mode implements ConfigEnum {
        /** Always LONG or SHORT: the paper's accuracy protocol. */
        BENCHMARK("benchmark"),
        /** LONG, SHORT or flat: trade only when the fused strength reaches {@code minStrength}. */
        TRADING("trading");

        private final String key;

        Mode(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }
}

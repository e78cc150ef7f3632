package io.quantagent.engine.config;

/**
 * How the aggregator turns the agents' reports into one decision (section {@code agents.fusion}).
 *
 * @param mode {@code benchmark} (default, the paper's protocol: every decision is LONG or SHORT),
 *     {@code trading} (may stay flat when the evidence is weak) or {@code random} (a baseline: seeded random
 *     directions and strengths, traded under the trading-mode rules)
 * @param minStrength in trading and random mode, the weakest fused strength that still opens a position, 0 to 1;
 *     default 0.5 (ignored in benchmark mode)
 * @param seed in random mode, the seed of the draws; default 1 (ignored in the other modes)
 */
public record FusionConfig(Mode mode, double minStrength, long seed) {

    /** The seed of random mode when the file gives none. */
    public static final long DEFAULT_SEED = 1;

    private static final FusionConfig DEFAULTS = new FusionConfig(Mode.BENCHMARK, 0.5, DEFAULT_SEED);

    public FusionConfig {
        Checks checks = new Checks();
        checks.present("mode", mode);
        checks.between("minStrength", minStrength, 0, 1).done();
    }

    /** A mode and a minimum strength, with the default seed. */
    public FusionConfig(Mode mode, double minStrength) {
        this(mode, minStrength, DEFAULT_SEED);
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
        TRADING("trading"),
        /**
         * A baseline: LONG or SHORT and a strength drawn from a hash of ({@code seed}, instrument, bar time), then
         * the trading-mode rules (minStrength, risk vetoes, stops and targets, sizing, pre-trade risk).
         */
        RANDOM("random");

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

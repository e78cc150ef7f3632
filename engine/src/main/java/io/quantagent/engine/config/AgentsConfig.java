package io.quantagent.engine.config;

/**
 * The four agents and their fusion (section {@code agents}).
 *
 * @param indicator the Indicator agent ({@code agents.indicator})
 * @param pattern the Pattern agent ({@code agents.pattern})
 * @param trend the Trend agent ({@code agents.trend})
 * @param risk the Risk agent ({@code agents.risk})
 * @param fusion the aggregator's decision rule ({@code agents.fusion})
 */
public record AgentsConfig(
        IndicatorConfig indicator, PatternConfig pattern, TrendConfig trend, RiskAgentConfig risk, FusionConfig fusion) {

    private static final AgentsConfig DEFAULTS = new AgentsConfig(IndicatorConfig.defaults(), PatternConfig.defaults(),
            TrendConfig.defaults(), RiskAgentConfig.defaults(), FusionConfig.defaults());

    public AgentsConfig {
        Checks checks = new Checks();
        checks.present("indicator", indicator);
        checks.present("pattern", pattern);
        checks.present("trend", trend);
        checks.present("risk", risk);
        checks.present("fusion", fusion);
        checks.done();
    }

    /** Every agent with the paper's parameters. */
    public static AgentsConfig defaults() {
        return DEFAULTS;
    }
}

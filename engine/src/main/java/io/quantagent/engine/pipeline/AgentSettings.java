package io.quantagent.engine.pipeline;

import io.quantagent.agents.fusion.FusionMode;
import io.quantagent.agents.fusion.FusionParameters;
import io.quantagent.agents.indicator.IndicatorParameters;
import io.quantagent.agents.pattern.PatternParameters;
import io.quantagent.agents.risk.RiskParameters;
import io.quantagent.agents.trend.TrendParameters;
import io.quantagent.engine.config.AgentsConfig;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.ConfigProblem;
import io.quantagent.engine.config.FusionConfig;
import io.quantagent.engine.config.IndicatorConfig;
import io.quantagent.engine.config.PatternConfig;
import io.quantagent.engine.config.RiskAgentConfig;
import io.quantagent.engine.config.TrendConfig;
import io.quantagent.engine.data.Scales;
import java.util.function.Supplier;

/**
 * The {@code agents} section of the configuration as the agents' parameter records. Keys the configuration does
 * not have take the agents' defaults: the Pattern agent's level tolerance, minimum height, flat slope, separation,
 * base length and rounded fit; the Risk agent's volatility window (20 bars), maximum exposure (1x equity) and
 * maximum volatility (5 % a bar); the fusion rule's recency half-life, margin and slope deadband. The Risk agent's
 * lot is one quantity unit of the instrument. A value the agents refuse is reported as a configuration problem
 * naming its key.
 */
public final class AgentSettings {

    private AgentSettings() {
    }

    /** The Indicator agent's parameters ({@code agents.indicator}). */
    public static IndicatorParameters indicator(IndicatorConfig c) {
        return checked("agents.indicator", () -> new IndicatorParameters(c.rsiPeriod(), c.rsiOverbought(),
                c.rsiOversold(), c.macdFast(), c.macdSlow(), c.macdSignal(), c.stochasticK(), c.stochasticSmooth(),
                c.stochasticD(), c.stochasticOverbought(), c.stochasticOversold(), c.rocPeriod(), c.williamsRPeriod(),
                c.williamsROverbought(), c.williamsROversold()));
    }

    /** The Pattern agent's parameters ({@code agents.pattern}). */
    public static PatternParameters pattern(PatternConfig c) {
        PatternParameters d = PatternParameters.defaults();
        return checked("agents.pattern.lookbackBars", () -> new PatternParameters(c.lookbackBars(), c.swingThreshold(),
                d.levelToleranceAtr(), d.minHeightAtr(), d.flatSlopeAtr(), d.minSeparationBars(), d.minBaseBars(),
                d.roundedMinRSquared(), c.minConfidence()));
    }

    /** The Trend agent's parameters ({@code agents.trend}). */
    public static TrendParameters trend(TrendConfig c) {
        return checked("agents.trend", () -> new TrendParameters(c.lookbackBars(), c.initialStepFactor(), c.minStep(),
                c.tolerance(), c.sidewaysSlope()));
    }

    /** The Risk agent's parameters ({@code agents.risk}) for an instrument of these scales. */
    public static RiskParameters risk(RiskAgentConfig c, Scales scales) {
        RiskParameters d = RiskParameters.defaults();
        double lot = 1.0 / scales.quantityUnit();
        return checked("agents.risk", () -> new RiskParameters(c.atrPeriod(), d.volatilityWindow(), c.stopAtrMultiple(),
                c.rewardRiskMin(), c.rewardRiskMax(), c.riskFraction(), c.maxDrawdown(), d.maxExposure(),
                c.maxStaleness().toNanos(), lot, d.maxVolatility()));
    }

    /**
     * The fusion rule's parameters ({@code agents.fusion}: the mode, {@code minStrength} as the minimum confidence,
     * and the seed of random mode).
     */
    public static FusionParameters fusion(FusionConfig c) {
        FusionParameters d = FusionParameters.defaults();
        FusionMode mode = switch (c.mode()) {
            case BENCHMARK -> FusionMode.BENCHMARK;
            case TRADING -> FusionMode.TRADING;
            case RANDOM -> FusionMode.RANDOM;
        };
        return checked("agents.fusion", () -> new FusionParameters(mode, c.minStrength(), d.recencyHalfLifeBars(),
                d.margin(), d.slopeDeadband(), c.seed()));
    }

    /** Checks that every agent accepts the section (throws {@link ConfigException} naming the key otherwise). */
    public static void validate(AgentsConfig agents) {
        indicator(agents.indicator());
        pattern(agents.pattern());
        trend(agents.trend());
        risk(agents.risk(), Scales.DEFAULT);
        fusion(agents.fusion());
    }

    private static <T> T checked(String key, Supplier<T> parameters) {
        try {
            return parameters.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ConfigProblem.of(key, e.getMessage()));
        }
    }
}

package io.quantagent.bench.jmh;

import io.quantagent.agents.InstrumentAgents;
import io.quantagent.agents.fusion.Decision;
import io.quantagent.agents.indicator.IndicatorAgent;
import io.quantagent.agents.indicator.IndicatorParameters;
import io.quantagent.agents.indicator.IndicatorReport;
import io.quantagent.agents.pattern.PatternAgent;
import io.quantagent.agents.pattern.PatternReport;
import io.quantagent.agents.risk.RiskAgent;
import io.quantagent.agents.risk.RiskParameters;
import io.quantagent.agents.risk.RiskReport;
import io.quantagent.agents.trend.TrendAgent;
import io.quantagent.agents.trend.TrendReport;
import io.quantagent.bench.BarTape;
import io.quantagent.engine.bars.TimeFrame;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation on a closed bar with a full window: all four agents and the fusion rule
 * ({@link #fullEvaluation}), and each agent alone. Bars are real 1-minute Bitstamp bars replayed in a loop;
 * every agent is warmed up with 500 bars first. Run with {@code -prof gc} for bytes per evaluation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AgentEvaluationBenchmark {
    private static final int WARM_BARS = 500;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** The four agents and the fusion rule of one instrument. */
    @State(Scope.Thread)
    public static class Full {
        BarTape tape;
        InstrumentAgents agents;

        @Setup(Level.Trial)
        public void setUp() {
            tape = BarTape.bitstamp(TimeFrame.ONE_MINUTE);
            agents = new InstrumentAgents(InstrumentAgents.Parameters.defaults(), MINUTE);
            agents.account(100_000, 100_000, 0);
            for (int i = 0; i < WARM_BARS; i++) {
                tape.next();
                agents.onBar(tape.closeTimeNanos(), tape.open(), tape.high(), tape.low(), tape.close(), tape.volume());
            }
        }
    }

    /** Each agent on its own, with its own tape. */
    @State(Scope.Thread)
    public static class Single {
        BarTape indicatorTape;
        BarTape patternTape;
        BarTape trendTape;
        BarTape riskTape;
        IndicatorAgent indicator;
        PatternAgent pattern;
        TrendAgent trend;
        RiskAgent risk;

        @Setup(Level.Trial)
        public void setUp() {
            indicatorTape = BarTape.bitstamp(TimeFrame.ONE_MINUTE);
            patternTape = BarTape.bitstamp(TimeFrame.ONE_MINUTE);
            trendTape = BarTape.bitstamp(TimeFrame.ONE_MINUTE);
            riskTape = BarTape.bitstamp(TimeFrame.ONE_MINUTE);
            indicator = new IndicatorAgent(IndicatorParameters.defaults(), MINUTE);
            pattern = new PatternAgent();
            trend = new TrendAgent();
            risk = new RiskAgent(RiskParameters.defaults());
            risk.account(100_000, 100_000, 0);
            for (int i = 0; i < WARM_BARS; i++) {
                indicatorBar();
                patternBar();
                trendBar();
                riskBar();
            }
        }

        IndicatorReport indicatorBar() {
            BarTape t = indicatorTape;
            t.next();
            return indicator.onBar(t.closeTimeNanos(), t.open(), t.high(), t.low(), t.close(), t.volume());
        }

        PatternReport patternBar() {
            BarTape t = patternTape;
            t.next();
            return pattern.onBar(t.closeTimeNanos(), t.open(), t.high(), t.low(), t.close(), t.volume());
        }

        TrendReport trendBar() {
            BarTape t = trendTape;
            t.next();
            return trend.onBar(t.closeTimeNanos(), t.open(), t.high(), t.low(), t.close(), t.volume());
        }

        RiskReport riskBar() {
            BarTape t = riskTape;
            t.next();
            return risk.onBar(t.closeTimeNanos(), t.open(), t.high(), t.low(), t.close(), t.volume());
        }
    }

    /** All four agents and the fusion rule on one closed bar. */
    @Benchmark
    public Decision fullEvaluation(Full s) {
        BarTape t = s.tape;
        t.next();
        return s.agents.onBar(t.closeTimeNanos(), t.open(), t.high(), t.low(), t.close(), t.volume());
    }

    @Benchmark
    public IndicatorReport indicatorAgent(Single s) {
        return s.indicatorBar();
    }

    @Benchmark
    public PatternReport patternAgent(Single s) {
        return s.patternBar();
    }

    @Benchmark
    public TrendReport trendAgent(Single s) {
        return s.trendBar();
    }

    @Benchmark
    public RiskReport riskAgent(Single s) {
        return s.riskBar();
    }
}

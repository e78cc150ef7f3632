package io.quantagent.engine.journal;

import io.quantagent.agents.Direction;
import io.quantagent.agents.indicator.IndicatorReport;
import io.quantagent.agents.indicator.OscillatorZone;
import io.quantagent.agents.pattern.ChartPattern;
import io.quantagent.agents.risk.RiskReport;
import io.quantagent.agents.risk.VetoReason;
import io.quantagent.agents.trend.TrendReport;
import io.quantagent.agents.trend.TrendState;
import io.quantagent.engine.pipeline.PatternSection;
import io.quantagent.engine.pipeline.StageId;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/**
 * SIGNAL records: the agent (its stage's ordinal), then the agent's report: direction, strength, bars since its
 * signal and bar time for the three directional agents, followed by each agent's own readings (the indicator
 * values and zones, the best chart pattern and its levels, the trendlines and breakouts, the risk figures and
 * levels).
 */
final class SignalCodec {

    private SignalCodec() {
    }

    static void indicator(Bytes<?> out, IndicatorReport r) {
        out.writeByte((byte) StageId.INDICATOR.ordinal());
        directional(out, r.direction(), r.strength(), r.barsSinceSignal(), r.barCloseTimeNanos(), r.warmedUp());
        out.writeDouble(r.rsi());
        out.writeDouble(r.macd());
        out.writeDouble(r.macdSignal());
        out.writeDouble(r.macdHistogram());
        out.writeDouble(r.stochasticK());
        out.writeDouble(r.stochasticD());
        out.writeDouble(r.roc());
        out.writeDouble(r.williamsR());
        out.writeByte((byte) r.rsiZone().ordinal());
        out.writeByte((byte) r.stochasticZone().ordinal());
        out.writeByte((byte) r.williamsRZone().ordinal());
        out.writeInt(r.macdCrossing());
        out.writeInt(r.vote());
        out.writeDouble(r.momentum());
    }

    static void pattern(Bytes<?> out, PatternSection p) {
        out.writeByte((byte) StageId.PATTERN.ordinal());
        directional(out, p.direction(), p.strength(), p.barsSinceSignal(), p.barCloseTimeNanos(), p.warmedUp());
        out.writeByte((byte) p.pattern().ordinal());
        out.writeDouble(p.confidence());
        out.writeByte(p.confirmed() ? (byte) 1 : 0);
        out.writeDouble(p.neckline());
        out.writeDouble(p.breakoutLevel());
        out.writeDouble(p.upperLevel());
        out.writeDouble(p.lowerLevel());
        out.writeInt(p.startBarsAgo());
        out.writeInt(p.endBarsAgo());
        out.writeInt(p.matchCount());
    }

    static void trend(Bytes<?> out, TrendReport t) {
        out.writeByte((byte) StageId.TREND.ordinal());
        directional(out, t.direction(), t.strength(), t.barsSinceSignal(), t.barCloseTimeNanos(), t.warmedUp());
        out.writeByte((byte) t.trend().ordinal());
        out.writeDouble(t.slope());
        out.writeDouble(t.supportSlope());
        out.writeDouble(t.resistanceSlope());
        out.writeDouble(t.supportLevel());
        out.writeDouble(t.resistanceLevel());
        out.writeDouble(t.channelWidth());
        out.writeDouble(t.relativeChannelWidth());
        out.writeDouble(t.positionInChannel());
        out.writeByte(t.breakoutUp() ? (byte) 1 : 0);
        out.writeByte(t.breakoutDown() ? (byte) 1 : 0);
        out.writeDouble(t.highLowLines().supportSlope());
        out.writeDouble(t.highLowLines().resistanceSlope());
    }

    static void risk(Bytes<?> out, RiskReport r) {
        out.writeByte((byte) StageId.RISK.ordinal());
        out.writeLong(r.timeNanos());
        out.writeDouble(r.referencePrice());
        out.writeDouble(r.atr());
        out.writeDouble(r.volatility());
        out.writeDouble(r.equity());
        out.writeDouble(r.drawdown());
        out.writeDouble(r.exposure());
        out.writeLong(r.stalenessNanos());
        out.writeDouble(r.calm());
        out.writeDouble(r.stopDistance());
        out.writeDouble(r.size());
        out.writeByte((byte) r.veto().ordinal());
        out.writeDouble(r.rewardRisk());
        out.writeDouble(r.longStop());
        out.writeDouble(r.longTarget());
        out.writeDouble(r.shortStop());
        out.writeDouble(r.shortTarget());
    }

    private static void directional(Bytes<?> out, Direction direction, double strength, int barsSinceSignal,
            long barCloseTimeNanos, boolean warmedUp) {
        out.writeByte((byte) direction.ordinal());
        out.writeDouble(strength);
        out.writeInt(barsSinceSignal);
        out.writeLong(barCloseTimeNanos);
        out.writeByte(warmedUp ? (byte) 1 : 0);
    }

    /** The agent a SIGNAL record is about. */
    static StageId agent(Bytes<?> in) {
        return StageId.ofOrdinal(in.readByte());
    }

    static void decode(Bytes<?> in, List<Field> out) {
        StageId agent = agent(in);
        out.add(Field.symbol("agent", agent));
        switch (agent) {
            case INDICATOR -> decodeIndicator(in, out);
            case PATTERN -> decodePattern(in, out);
            case TREND -> decodeTrend(in, out);
            case RISK -> decodeRisk(in, out);
            default -> throw new IllegalArgumentException("a signal of stage " + agent + " is not an agent's");
        }
    }

    private static void decodeDirectional(Bytes<?> in, List<Field> out) {
        out.add(Field.symbol("direction", Direction.values()[in.readByte()]));
        out.add(Field.real("strength", in.readDouble()));
        out.add(Field.integerOr("bars_since_signal", in.readInt(), Integer.MAX_VALUE));
        out.add(Field.time("bar_time", in.readLong()));
        out.add(Field.flag("warmed_up", in.readByte() != 0));
    }

    private static void decodeIndicator(Bytes<?> in, List<Field> out) {
        decodeDirectional(in, out);
        out.add(Field.real("rsi", in.readDouble()));
        out.add(Field.real("macd", in.readDouble()));
        out.add(Field.real("macd_signal", in.readDouble()));
        out.add(Field.real("macd_histogram", in.readDouble()));
        out.add(Field.real("stochastic_k", in.readDouble()));
        out.add(Field.real("stochastic_d", in.readDouble()));
        out.add(Field.real("roc", in.readDouble()));
        out.add(Field.real("williams_r", in.readDouble()));
        OscillatorZone[] zones = OscillatorZone.values();
        out.add(Field.symbol("rsi_zone", zones[in.readByte()]));
        out.add(Field.symbol("stochastic_zone", zones[in.readByte()]));
        out.add(Field.symbol("williams_r_zone", zones[in.readByte()]));
        out.add(Field.integer("macd_crossing", in.readInt()));
        out.add(Field.integer("vote", in.readInt()));
        out.add(Field.real("momentum", in.readDouble()));
    }

    private static void decodePattern(Bytes<?> in, List<Field> out) {
        decodeDirectional(in, out);
        out.add(Field.symbol("pattern", ChartPattern.values()[in.readByte()]));
        out.add(Field.real("confidence", in.readDouble()));
        out.add(Field.flag("confirmed", in.readByte() != 0));
        out.add(Field.real("neckline", in.readDouble()));
        out.add(Field.real("breakout_level", in.readDouble()));
        out.add(Field.real("upper_level", in.readDouble()));
        out.add(Field.real("lower_level", in.readDouble()));
        out.add(Field.integer("start_bars_ago", in.readInt()));
        out.add(Field.integer("end_bars_ago", in.readInt()));
        out.add(Field.integer("matches", in.readInt()));
    }

    private static void decodeTrend(Bytes<?> in, List<Field> out) {
        decodeDirectional(in, out);
        out.add(Field.symbol("trend", TrendState.values()[in.readByte()]));
        out.add(Field.real("slope", in.readDouble()));
        out.add(Field.real("support_slope", in.readDouble()));
        out.add(Field.real("resistance_slope", in.readDouble()));
        out.add(Field.real("support", in.readDouble()));
        out.add(Field.real("resistance", in.readDouble()));
        out.add(Field.real("channel_width", in.readDouble()));
        out.add(Field.real("relative_channel_width", in.readDouble()));
        out.add(Field.real("position_in_channel", in.readDouble()));
        out.add(Field.flag("breakout_up", in.readByte() != 0));
        out.add(Field.flag("breakout_down", in.readByte() != 0));
        out.add(Field.real("high_low_support_slope", in.readDouble()));
        out.add(Field.real("high_low_resistance_slope", in.readDouble()));
    }

    private static void decodeRisk(Bytes<?> in, List<Field> out) {
        out.add(Field.time("evaluated_at", in.readLong()));
        out.add(Field.real("reference_price", in.readDouble()));
        out.add(Field.real("atr", in.readDouble()));
        out.add(Field.real("volatility", in.readDouble()));
        out.add(Field.real("equity", in.readDouble()));
        out.add(Field.real("drawdown", in.readDouble()));
        out.add(Field.real("exposure", in.readDouble()));
        out.add(Field.integerOr("staleness_ns", in.readLong(), Long.MAX_VALUE));
        out.add(Field.real("calm", in.readDouble()));
        out.add(Field.real("stop_distance", in.readDouble()));
        out.add(Field.real("size", in.readDouble()));
        out.add(Field.symbol("veto", VetoReason.values()[in.readByte()]));
        out.add(Field.real("reward_risk", in.readDouble()));
        out.add(Field.real("long_stop", in.readDouble()));
        out.add(Field.real("long_target", in.readDouble()));
        out.add(Field.real("short_stop", in.readDouble()));
        out.add(Field.real("short_target", in.readDouble()));
    }
}

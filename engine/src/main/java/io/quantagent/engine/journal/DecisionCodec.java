package io.quantagent.engine.journal;

import io.quantagent.agents.Direction;
import io.quantagent.agents.fusion.AgentReading;
import io.quantagent.agents.fusion.Decision;
import io.quantagent.agents.fusion.FusionMode;
import io.quantagent.agents.fusion.FusionStep;
import io.quantagent.agents.risk.VetoReason;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.pipeline.DecisionSection;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/**
 * DECISION records: the fused decision (mode, bar time, direction, the step that settled it, the rule's signal
 * and step, confidence, momentum, slope, the risk readings and the bracket levels), the three directional agents'
 * readings as the rule scored them, and the order intent (direction and fixed-point entry, stop and target).
 */
final class DecisionCodec {

    private DecisionCodec() {
    }

    static void write(Bytes<?> out, DecisionSection section) {
        Decision d = section.decision();
        out.writeByte((byte) d.mode().ordinal());
        out.writeLong(d.timeNanos());
        out.writeByte((byte) d.direction().ordinal());
        out.writeByte((byte) d.step().ordinal());
        out.writeByte((byte) d.signal().ordinal());
        out.writeByte((byte) d.signalStep().ordinal());
        out.writeDouble(d.confidence());
        out.writeDouble(d.momentum());
        out.writeDouble(d.slope());
        out.writeByte((byte) d.veto().ordinal());
        out.writeDouble(d.atr());
        out.writeDouble(d.volatility());
        out.writeDouble(d.drawdown());
        out.writeDouble(d.exposure());
        out.writeLong(d.stalenessNanos());
        out.writeDouble(d.entry());
        out.writeDouble(d.stop());
        out.writeDouble(d.target());
        out.writeDouble(d.rewardRisk());
        out.writeDouble(d.size());
        reading(out, d.indicator());
        reading(out, d.pattern());
        reading(out, d.trend());
        out.writeByte((byte) section.intent().ordinal());
        out.writeLong(section.entryPrice());
        out.writeLong(section.stopPrice());
        out.writeLong(section.targetPrice());
    }

    private static void reading(Bytes<?> out, AgentReading r) {
        out.writeByte((byte) r.direction().ordinal());
        out.writeDouble(r.strength());
        out.writeInt(r.barsSinceSignal());
        out.writeLong(r.barCloseTimeNanos());
        out.writeByte((byte) r.scoreDirection().ordinal());
        out.writeDouble(r.score());
    }

    static void decode(Bytes<?> in, Scales scales, List<Field> out) {
        Direction[] directions = Direction.values();
        FusionStep[] steps = FusionStep.values();
        out.add(Field.symbol("mode", FusionMode.values()[in.readByte()]));
        out.add(Field.time("bar_time", in.readLong()));
        out.add(Field.symbol("direction", directions[in.readByte()]));
        out.add(Field.symbol("step", steps[in.readByte()]));
        out.add(Field.symbol("signal", directions[in.readByte()]));
        out.add(Field.symbol("signal_step", steps[in.readByte()]));
        out.add(Field.real("confidence", in.readDouble()));
        out.add(Field.real("momentum", in.readDouble()));
        out.add(Field.real("slope", in.readDouble()));
        out.add(Field.symbol("veto", VetoReason.values()[in.readByte()]));
        out.add(Field.real("atr", in.readDouble()));
        out.add(Field.real("volatility", in.readDouble()));
        out.add(Field.real("drawdown", in.readDouble()));
        out.add(Field.real("exposure", in.readDouble()));
        out.add(Field.integerOr("staleness_ns", in.readLong(), Long.MAX_VALUE));
        out.add(Field.real("entry", in.readDouble()));
        out.add(Field.real("stop", in.readDouble()));
        out.add(Field.real("target", in.readDouble()));
        out.add(Field.real("reward_risk", in.readDouble()));
        out.add(Field.real("size", in.readDouble()));
        decodeReading(in, "indicator", out);
        decodeReading(in, "pattern", out);
        decodeReading(in, "trend", out);
        out.add(Field.symbol("intent", directions[in.readByte()]));
        int p = scales.priceDecimals();
        out.add(Field.decimal("intent_entry", in.readLong(), p));
        out.add(Field.decimal("intent_stop", in.readLong(), p));
        out.add(Field.decimal("intent_target", in.readLong(), p));
    }

    private static void decodeReading(Bytes<?> in, String agent, List<Field> out) {
        Direction[] directions = Direction.values();
        out.add(Field.symbol(agent + "_direction", directions[in.readByte()]));
        out.add(Field.real(agent + "_strength", in.readDouble()));
        out.add(Field.integerOr(agent + "_bars_since_signal", in.readInt(), Integer.MAX_VALUE));
        out.add(Field.time(agent + "_bar_time", in.readLong()));
        out.add(Field.symbol(agent + "_score_direction", directions[in.readByte()]));
        out.add(Field.real(agent + "_score", in.readDouble()));
    }
}

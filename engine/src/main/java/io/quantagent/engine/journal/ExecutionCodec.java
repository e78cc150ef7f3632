package io.quantagent.engine.journal;

import io.quantagent.agents.Direction;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.execution.CancelReason;
import io.quantagent.engine.execution.OrderType;
import io.quantagent.engine.execution.Side;
import io.quantagent.engine.execution.TimeInForce;
import io.quantagent.engine.pipeline.ExecutionAction;
import io.quantagent.engine.pipeline.ExecutionEventKind;
import io.quantagent.engine.pipeline.ExecutionSection;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.risk.RejectReason;
import io.quantagent.engine.risk.RiskEventKind;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/**
 * The records of what the execution stage did, one per entry of the execution section: ACTION (action,
 * direction, quantity, equity, stop distance, first order id), ORDER (id, side, type, time in force, price,
 * quantity, parent id), REJECT (id, reason), FILL (id, side, price, quantity, fee), CANCEL (id, reason) and RISK
 * (kind, value).
 */
final class ExecutionCodec {

    private ExecutionCodec() {
    }

    static RecordType type(ExecutionEventKind kind) {
        return switch (kind) {
            case ACTION -> RecordType.ACTION;
            case ORDER_ACCEPTED -> RecordType.ORDER;
            case ORDER_REJECTED -> RecordType.REJECT;
            case FILL -> RecordType.FILL;
            case ORDER_CANCELLED -> RecordType.CANCEL;
            case RISK_EVENT -> RecordType.RISK;
        };
    }

    static void write(Bytes<?> out, ExecutionSection section, int i) {
        switch (section.kind(i)) {
            case ACTION -> {
                out.writeByte((byte) section.field(i, 0));
                out.writeByte((byte) section.field(i, 1));
                out.writeLong(section.field(i, 2));
                out.writeLong(section.field(i, 3));
                out.writeLong(section.field(i, 4));
                out.writeLong(section.field(i, 5));
            }
            case ORDER_ACCEPTED -> {
                out.writeLong(section.field(i, 0));
                out.writeByte((byte) section.field(i, 1));
                out.writeByte((byte) section.field(i, 2));
                out.writeByte((byte) section.field(i, 3));
                out.writeLong(section.field(i, 4));
                out.writeLong(section.field(i, 5));
                out.writeLong(section.field(i, 6));
            }
            case FILL -> {
                out.writeLong(section.field(i, 0));
                out.writeByte((byte) section.field(i, 1));
                out.writeLong(section.field(i, 2));
                out.writeLong(section.field(i, 3));
                out.writeLong(section.field(i, 4));
            }
            case ORDER_REJECTED, ORDER_CANCELLED -> {
                out.writeLong(section.field(i, 0));
                out.writeByte((byte) section.field(i, 1));
            }
            case RISK_EVENT -> {
                out.writeByte((byte) section.field(i, 0));
                out.writeLong(section.field(i, 1));
            }
        }
    }

    /** Decodes the payload of an execution record; {@code scales} is null for an account-wide risk event. */
    static void decode(RecordType type, Bytes<?> in, Scales scales, List<Field> out) {
        switch (type) {
            case ACTION -> {
                out.add(Field.symbol("action", ExecutionAction.ofOrdinal(in.readByte())));
                int sign = in.readByte();
                out.add(Field.symbol("direction", sign > 0 ? Direction.LONG : sign < 0 ? Direction.SHORT
                        : Direction.NEUTRAL));
                out.add(Field.decimal("quantity", in.readLong(), scales.quantityDecimals()));
                out.add(Field.decimal("equity", in.readLong(), Money.DECIMALS));
                out.add(Field.decimal("stop_distance", in.readLong(), scales.priceDecimals()));
                out.add(Field.integer("order", in.readLong()));
            }
            case ORDER -> {
                out.add(Field.integer("order", in.readLong()));
                out.add(Field.symbol("side", Side.values()[in.readByte()]));
                out.add(Field.symbol("order_type", OrderType.values()[in.readByte()]));
                out.add(Field.symbol("time_in_force", TimeInForce.values()[in.readByte()]));
                out.add(Field.decimal("price", in.readLong(), scales.priceDecimals()));
                out.add(Field.decimal("quantity", in.readLong(), scales.quantityDecimals()));
                out.add(Field.integer("parent", in.readLong()));
            }
            case FILL -> {
                out.add(Field.integer("order", in.readLong()));
                out.add(Field.symbol("side", Side.values()[in.readByte()]));
                out.add(Field.decimal("price", in.readLong(), scales.priceDecimals()));
                out.add(Field.decimal("quantity", in.readLong(), scales.quantityDecimals()));
                out.add(Field.decimal("fee", in.readLong(), Money.DECIMALS));
            }
            case REJECT -> {
                out.add(Field.integer("order", in.readLong()));
                out.add(Field.symbol("reason", RejectReason.values()[in.readByte()]));
            }
            case CANCEL -> {
                out.add(Field.integer("order", in.readLong()));
                out.add(Field.symbol("reason", CancelReason.values()[in.readByte()]));
            }
            case RISK -> {
                RiskEventKind kind = RiskEventKind.values()[in.readByte()];
                out.add(Field.symbol("event", kind));
                long value = in.readLong();
                boolean quantity = kind == RiskEventKind.INSTRUMENT_HALTED || kind == RiskEventKind.INSTRUMENT_RESUMED;
                out.add(quantity && scales != null ? Field.decimal("position", value, scales.quantityDecimals())
                        : Field.decimal("amount", value, Money.DECIMALS));
            }
            default -> throw new IllegalArgumentException(type + " is not an execution record");
        }
    }
}

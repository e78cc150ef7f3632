package io.quantagent.engine.journal;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.pipeline.BarSection;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/** BAR records: open and close time, open, high, low, close, volume and trade count. */
final class BarCodec {

    private BarCodec() {
    }

    static void write(Bytes<?> out, BarSection bars, int i) {
        out.writeLong(bars.openTimeNanos(i));
        out.writeLong(bars.closeTimeNanos(i));
        out.writeLong(bars.open(i));
        out.writeLong(bars.high(i));
        out.writeLong(bars.low(i));
        out.writeLong(bars.close(i));
        out.writeLong(bars.volume(i));
        out.writeLong(bars.tradeCount(i));
    }

    static void decode(Bytes<?> in, Scales scales, List<Field> out) {
        int p = scales.priceDecimals();
        out.add(Field.time("open_time", in.readLong()));
        out.add(Field.time("close_time", in.readLong()));
        out.add(Field.decimal("open", in.readLong(), p));
        out.add(Field.decimal("high", in.readLong(), p));
        out.add(Field.decimal("low", in.readLong(), p));
        out.add(Field.decimal("close", in.readLong(), p));
        out.add(Field.decimal("volume", in.readLong(), scales.quantityDecimals()));
        out.add(Field.integer("trades", in.readLong()));
    }
}

package io.quantagent.engine.journal;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.pipeline.ControlCommand;
import io.quantagent.engine.pipeline.InputKind;
import io.quantagent.engine.pipeline.InputSection;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/**
 * INPUT records: the input kind's code, then a trade's price and quantity, a bar's open and close times and
 * OHLCV, a quote's bid, bid quantity, ask and ask quantity, nothing for a flush, a control's command code (a
 * byte), or a feed status's state (a byte: 0 live, 1 stale).
 */
final class InputCodec {

    private InputCodec() {
    }

    static void write(Bytes<?> out, InputSection in) {
        InputKind kind = in.kind();
        out.writeByte((byte) kind.code());
        switch (kind) {
            case TRADE -> {
                out.writeLong(in.price());
                out.writeLong(in.quantity());
            }
            case BAR -> {
                out.writeLong(in.openTimeNanos());
                out.writeLong(in.closeTimeNanos());
                out.writeLong(in.open());
                out.writeLong(in.high());
                out.writeLong(in.low());
                out.writeLong(in.close());
                out.writeLong(in.volume());
            }
            case QUOTE -> {
                out.writeLong(in.bid());
                out.writeLong(in.bidQuantity());
                out.writeLong(in.ask());
                out.writeLong(in.askQuantity());
            }
            case FLUSH -> {
            }
            case CONTROL -> out.writeByte((byte) in.command());
            case FEED_STATUS -> out.writeByte((byte) in.feedState());
        }
    }

    static void decode(Bytes<?> in, Scales scales, List<Field> out) {
        InputKind kind = InputKind.ofCode(in.readByte());
        out.add(Field.symbol("kind", kind));
        int p = scales.priceDecimals();
        int q = scales.quantityDecimals();
        switch (kind) {
            case TRADE -> {
                out.add(Field.decimal("price", in.readLong(), p));
                out.add(Field.decimal("quantity", in.readLong(), q));
            }
            case BAR -> {
                out.add(Field.time("open_time", in.readLong()));
                out.add(Field.time("close_time", in.readLong()));
                out.add(Field.decimal("open", in.readLong(), p));
                out.add(Field.decimal("high", in.readLong(), p));
                out.add(Field.decimal("low", in.readLong(), p));
                out.add(Field.decimal("close", in.readLong(), p));
                out.add(Field.decimal("volume", in.readLong(), q));
            }
            case QUOTE -> {
                out.add(Field.decimal("bid", in.readLong(), p));
                out.add(Field.decimal("bid_quantity", in.readLong(), q));
                out.add(Field.decimal("ask", in.readLong(), p));
                out.add(Field.decimal("ask_quantity", in.readLong(), q));
            }
            case FLUSH -> {
            }
            case CONTROL -> out.add(Field.symbol("command", ControlCommand.ofCode(in.readByte())));
            case FEED_STATUS -> out.add(Field.text("state", in.readByte() == InputKind.FEED_STALE ? "STALE" : "LIVE"));
        }
    }

    /**
     * Publishes a journaled input again. Returns false for a flush, which is not published unless
     * {@code flushes} is true: a finishing run flushes every instrument itself.
     */
    static boolean replay(Bytes<?> in, int instrument, long timeNanos, FeedSink sink, boolean flushes) {
        InputKind kind = InputKind.ofCode(in.readByte());
        switch (kind) {
            case TRADE -> sink.trade(instrument, timeNanos, in.readLong(), in.readLong());
            case BAR -> sink.bar(instrument, in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong());
            case QUOTE -> sink.quote(instrument, timeNanos, in.readLong(), in.readLong(), in.readLong(), in.readLong());
            case FLUSH -> {
                if (!flushes) {
                    return false;
                }
                sink.flush(instrument);
            }
            case CONTROL -> sink.control(timeNanos, in.readByte());
            case FEED_STATUS -> sink.feedStatus(instrument, timeNanos, in.readByte());
        }
        return true;
    }
}

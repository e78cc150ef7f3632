package io.quantagent.backtest.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The data block of the report: the series the charts draw, as JSON that is safe inside a {@code <script>}
 * element ({@code <}, {@code >}, {@code &} and every non-ASCII character are written as {@code \\uXXXX}).
 *
 * <p>Every bar and every equity point goes into the file; nothing is thinned. Chart values (candles, volume,
 * equity, drawdown) are written as floats, seven significant digits being plenty for a picture and halving the
 * size; fill prices keep full precision. Times are epoch milliseconds.
 */
final class ChartData {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .characterEscapes(new ScriptSafeEscapes())
            .build();
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private ChartData() {
    }

    /**
     * The JSON of a run, with {@code trades} in the report's order (trade numbers are their positions from 1) and the
     * baselines' equity curves.
     */
    static String json(RunData run, List<TradeRecord> trades, List<BaselineCurve> baselines, int initialWindowBars) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("title", run.title());
            json.writeNumberField("startingCash", run.startingCash());
            json.writeNumberField("initialWindowBars", initialWindowBars);
            json.writeArrayFieldStart("instruments");
            for (InstrumentBars bars : run.instruments()) {
                writeInstrument(json, bars, trades);
            }
            json.writeEndArray();
            writeEquity(json, run.equity());
            json.writeArrayFieldStart("baselines");
            for (BaselineCurve baseline : baselines) {
                json.writeStartObject();
                json.writeStringField("name", baseline.name());
                json.writeArrayFieldStart("time");
                for (EquityPoint point : baseline.equity()) {
                    json.writeNumber(Math.floorDiv(point.timeNanos(), NANOS_PER_MILLI));
                }
                json.writeEndArray();
                json.writeArrayFieldStart("equity");
                for (EquityPoint point : baseline.equity()) {
                    json.writeNumber((float) point.equity());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeInstrument(JsonGenerator json, InstrumentBars instrument, List<TradeRecord> trades)
            throws IOException {
        List<PriceBar> bars = instrument.bars();
        json.writeStartObject();
        json.writeStringField("name", instrument.instrument());
        json.writeArrayFieldStart("time");
        for (PriceBar bar : bars) {
            json.writeNumber(Math.floorDiv(bar.timeNanos(), NANOS_PER_MILLI));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("candles");
        for (PriceBar bar : bars) {
            json.writeStartArray();
            json.writeNumber((float) bar.open());
            json.writeNumber((float) bar.close());
            json.writeNumber((float) bar.low());
            json.writeNumber((float) bar.high());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("volume");
        for (PriceBar bar : bars) {
            json.writeNumber((float) bar.volume());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("trades");
        for (int t = 0; t < trades.size(); t++) {
            TradeRecord trade = trades.get(t);
            if (!trade.instrument().equals(instrument.instrument()) || bars.isEmpty()) {
                continue;
            }
            json.writeStartObject();
            json.writeNumberField("n", t + 1);
            json.writeBooleanField("long", trade.isLong());
            json.writeNumberField("entryX", instrument.indexOfBarContaining(trade.entryTimeNanos()));
            json.writeNumberField("entryPrice", trade.entryPrice());
            json.writeNumberField("exitX", instrument.indexOfBarContaining(trade.exitTimeNanos()));
            json.writeNumberField("exitPrice", trade.exitPrice());
            writeNumberOrNull(json, "stop", trade.stopPrice());
            writeNumberOrNull(json, "target", trade.targetPrice());
            json.writeNumberField("quantity", trade.quantity());
            json.writeNumberField("netPnl", trade.netPnl());
            json.writeStringField("reason", trade.exitReason().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeEquity(JsonGenerator json, List<EquityPoint> curve) throws IOException {
        json.writeObjectFieldStart("equity");
        json.writeArrayFieldStart("time");
        for (EquityPoint point : curve) {
            json.writeNumber(Math.floorDiv(point.timeNanos(), NANOS_PER_MILLI));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("equity");
        for (EquityPoint point : curve) {
            json.writeNumber((float) point.equity());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("drawdown");
        double peak = Double.NEGATIVE_INFINITY;
        for (EquityPoint point : curve) {
            peak = Math.max(peak, point.equity());
            json.writeNumber(peak > 0 ? (float) -((peak - point.equity()) / peak) : 0f);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeNumberOrNull(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }

    /** Escapes the characters that could end or confuse a script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}

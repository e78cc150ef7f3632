package io.quantagent.engine.journal;

import io.quantagent.engine.pipeline.BarSection;
import io.quantagent.engine.pipeline.ExecutionSection;
import io.quantagent.engine.pipeline.FaultSection;
import io.quantagent.engine.pipeline.InputSection;
import io.quantagent.engine.pipeline.MarketEvent;
import io.quantagent.engine.pipeline.Stage;
import io.quantagent.engine.pipeline.StageId;
import net.openhft.chronicle.bytes.Bytes;

/**
 * The last stage, and the only writer of the journal while the pipeline runs. For every event, in this order:
 * the INPUT; each BAR closed; a SIGNAL for each agent that reported (indicator, pattern, trend, risk); the
 * DECISION; what the execution stage did (ACTION, ORDER, REJECT, FILL, CANCEL, RISK, in the order it happened);
 * a FAULT for each stage that threw. A section is written only when its stage ran normally on the event.
 * Nothing is flushed per event: with fsync configured the journal is forced to disk once per batch. A tick that
 * closes no bar and trades nothing writes one record and allocates nothing. On a resumed journal (a restarted
 * daemon) the same records go to a {@link JournalWriter#resume verifying writer}, which compares them with the
 * ones already in the journal instead of writing them twice, then appends.
 */
public final class JournalStage implements Stage {

    private static final StageId[] STAGES = StageId.values();

    private final JournalWriter writer;
    private long records;

    /** A stage appending through {@code writer} (attached to the stage's thread when it starts). */
    public JournalStage(JournalWriter writer) {
        this.writer = writer;
    }

    @Override
    public StageId id() {
        return StageId.JOURNAL;
    }

    @Override
    public void onStart() {
        writer.attach();
    }

    @Override
    public void onShutdown() {
        writer.detach();
    }

    @Override
    public void onEvent(MarketEvent event) {
        InputSection in = event.input();
        long sequence = in.sequence();
        long time = in.timeNanos();
        int instrument = in.instrument();
        FaultSection faults = event.faults();
        JournalWriter w = writer;

        InputCodec.write(w.begin(RecordType.INPUT, sequence, time, instrument), in);
        w.end();
        if (faults.ok(StageId.BARS)) {
            BarSection bars = event.bars();
            for (int i = 0; i < bars.count(); i++) {
                BarCodec.write(w.begin(RecordType.BAR, sequence, time, instrument), bars, i);
                w.end();
            }
        }
        if (faults.ok(StageId.INDICATOR) && event.indicator().evaluated()) {
            SignalCodec.indicator(w.begin(RecordType.SIGNAL, sequence, time, instrument), event.indicator().report());
            w.end();
        }
        if (faults.ok(StageId.PATTERN) && event.pattern().evaluated()) {
            SignalCodec.pattern(w.begin(RecordType.SIGNAL, sequence, time, instrument), event.pattern());
            w.end();
        }
        if (faults.ok(StageId.TREND) && event.trend().evaluated()) {
            SignalCodec.trend(w.begin(RecordType.SIGNAL, sequence, time, instrument), event.trend().report());
            w.end();
        }
        if (faults.ok(StageId.RISK) && event.risk().evaluated()) {
            SignalCodec.risk(w.begin(RecordType.SIGNAL, sequence, time, instrument), event.risk().report());
            w.end();
        }
        if (faults.ok(StageId.AGGREGATOR) && event.decision().decided()) {
            DecisionCodec.write(w.begin(RecordType.DECISION, sequence, time, instrument), event.decision());
            w.end();
        }
        ExecutionSection execution = event.execution();
        for (int i = 0; i < execution.count(); i++) {
            Bytes<?> out = w.begin(ExecutionCodec.type(execution.kind(i)), sequence, execution.timeNanos(i),
                    execution.instrument(i));
            ExecutionCodec.write(out, execution, i);
            w.end();
        }
        for (StageId stage : STAGES) {
            if (faults.faulted(stage)) {
                FaultCodec.write(w.begin(RecordType.FAULT, sequence, time, instrument), stage, faults.message(stage));
                w.end();
            }
        }
        records = w.recordCount();
    }

    @Override
    public void onEndOfBatch() {
        writer.sync();
    }

    /** Records written so far (all of the journal's, the header included). */
    public long records() {
        return records;
    }
}

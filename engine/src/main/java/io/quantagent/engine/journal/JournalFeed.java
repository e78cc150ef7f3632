package io.quantagent.engine.journal;

import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import java.nio.file.Path;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * A journal's inputs as a feed: every INPUT record, in journal order, published again with its instrument and
 * time (the instrument table is the journal header's), operator controls and feed statuses included. End-of-data
 * flushes are left out by default, because the engine flushes every instrument itself when a run finishes; every
 * other record is skipped.
 */
public final class JournalFeed implements Feed {

    private final Path dir;
    private final List<Instrument> instruments;
    private final boolean flushes;
    private final long maxRecords;

    /** A feed over the inputs of the journal in {@code dir}, flushes left out. */
    public JournalFeed(Path dir) {
        this(dir, false, Long.MAX_VALUE);
    }

    /**
     * A feed over the inputs of the journal in {@code dir}.
     *
     * @param flushes whether end-of-data flushes are published too (for a run that will not flush at its end)
     */
    public JournalFeed(Path dir, boolean flushes) {
        this(dir, flushes, Long.MAX_VALUE);
    }

    /**
     * A feed over the inputs among the first {@code maxRecords} records of the journal in {@code dir} (a journal
     * that is being appended to: the inputs it held when it was opened).
     *
     * @param flushes whether end-of-data flushes are published too (for a run that will not flush at its end)
     */
    public JournalFeed(Path dir, boolean flushes, long maxRecords) {
        this.dir = dir;
        this.flushes = flushes;
        this.maxRecords = maxRecords;
        try (JournalReader reader = JournalReader.open(dir)) {
            this.instruments = reader.header().instruments();
        }
    }

    @Override
    public List<Instrument> instruments() {
        return instruments;
    }

    @Override
    public void run(FeedSink sink) {
        try (SingleChronicleQueue queue = JournalFiles.open(dir); ExcerptTailer tailer = queue.createTailer()) {
            for (long read = 0; read < maxRecords; read++) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return;
                    }
                    Bytes<?> in = dc.wire().bytes();
                    if (in.readByte() != RecordType.INPUT.code()) {
                        continue;
                    }
                    in.readLong();
                    in.readLong();
                    long time = in.readLong();
                    int instrument = in.readInt();
                    InputCodec.replay(in, instrument, time, sink, flushes);
                }
            }
        }
    }
}

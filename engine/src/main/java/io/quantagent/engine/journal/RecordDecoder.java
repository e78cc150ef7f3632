package io.quantagent.engine.journal;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.Instrument;
import java.util.ArrayList;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/** Decodes raw records into {@link JournalRecord}s, with the header's instrument table for names and scales. */
final class RecordDecoder {

    private RecordDecoder() {
    }

    /** Reads the header of a journal from its first record's bytes. */
    static JournalHeader header(byte[] record) {
        Bytes<byte[]> in = Bytes.wrapForRead(record);
        RecordType type = RecordType.ofCode(in.readByte());
        if (type != RecordType.HEADER) {
            throw new IllegalArgumentException("the journal does not start with a header (found " + type + ")");
        }
        in.readSkip(JournalWriter.PREFIX_BYTES - 1);
        return HeaderCodec.read(in);
    }

    static JournalRecord decode(byte[] record, JournalHeader header) {
        Bytes<byte[]> in = Bytes.wrapForRead(record);
        RecordType type = RecordType.ofCode(in.readByte());
        long index = in.readLong();
        long sequence = in.readLong();
        long time = in.readLong();
        int instrumentId = in.readInt();
        Instrument instrument = header == null ? null : header.instrument(instrumentId);
        Scales scales = instrument == null ? null : instrument.scales();
        List<Field> fields = new ArrayList<>();
        switch (type) {
            case HEADER -> HeaderCodec.decode(HeaderCodec.read(in), fields);
            case INPUT -> InputCodec.decode(in, require(scales, type), fields);
            case BAR -> BarCodec.decode(in, require(scales, type), fields);
            case SIGNAL -> SignalCodec.decode(in, fields);
            case DECISION -> DecisionCodec.decode(in, require(scales, type), fields);
            case ACTION, ORDER, REJECT, FILL, CANCEL -> ExecutionCodec.decode(type, in, require(scales, type), fields);
            case RISK -> ExecutionCodec.decode(type, in, scales, fields);
            case FAULT -> FaultCodec.decode(in, fields);
            case END -> EndCodec.decode(in, header, fields);
        }
        return new JournalRecord(type, index, sequence, time, instrumentId,
                instrument == null ? "-" : instrument.name(), fields, record);
    }

    private static Scales require(Scales scales, RecordType type) {
        if (scales == null) {
            throw new IllegalArgumentException("a " + type + " record names an instrument the header does not have");
        }
        return scales;
    }
}

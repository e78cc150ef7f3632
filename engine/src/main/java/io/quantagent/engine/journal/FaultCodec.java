package io.quantagent.engine.journal;

import io.quantagent.engine.pipeline.StageId;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/** FAULT records: the stage that threw and what it threw (class and message). */
final class FaultCodec {

    private FaultCodec() {
    }

    static void write(Bytes<?> out, StageId stage, String message) {
        out.writeByte((byte) stage.ordinal());
        out.writeUtf8(message);
    }

    static void decode(Bytes<?> in, List<Field> out) {
        out.add(Field.symbol("stage", StageId.ofOrdinal(in.readByte())));
        out.add(Field.text("error", in.readUtf8()));
    }
}

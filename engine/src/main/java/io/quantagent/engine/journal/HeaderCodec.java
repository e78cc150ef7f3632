package io.quantagent.engine.journal;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.Instrument;
import java.util.ArrayList;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/** HEADER records: format version, engine version, configuration YAML, then each instrument's name and scales. */
final class HeaderCodec {

    private HeaderCodec() {
    }

    static void write(Bytes<?> out, JournalHeader header) {
        out.writeInt(header.formatVersion());
        out.writeUtf8(header.engineVersion());
        out.writeUtf8(header.configYaml());
        out.writeInt(header.instruments().size());
        for (Instrument instrument : header.instruments()) {
            out.writeUtf8(instrument.name());
            out.writeInt(instrument.scales().priceDecimals());
            out.writeInt(instrument.scales().quantityDecimals());
        }
    }

    static JournalHeader read(Bytes<?> in) {
        int format = in.readInt();
        if (format != JournalHeader.FORMAT_VERSION) {
            throw new IllegalArgumentException("journal format " + format + " is not the one this engine reads ("
                    + JournalHeader.FORMAT_VERSION + ")");
        }
        String engine = in.readUtf8();
        String yaml = in.readUtf8();
        int n = in.readInt();
        List<Instrument> instruments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = in.readUtf8();
            int p = in.readInt();
            int q = in.readInt();
            instruments.add(new Instrument(i, name, new Scales(p, q)));
        }
        return new JournalHeader(format, engine, yaml, instruments);
    }

    static void decode(JournalHeader header, List<Field> out) {
        out.add(Field.integer("format", header.formatVersion()));
        out.add(Field.text("engine", header.engineVersion()));
        StringBuilder table = new StringBuilder();
        for (Instrument instrument : header.instruments()) {
            table.append(table.isEmpty() ? "" : ", ").append(instrument.id()).append(':').append(instrument.name())
                    .append(" (").append(instrument.scales().priceDecimals()).append('/')
                    .append(instrument.scales().quantityDecimals()).append(" decimals)");
        }
        out.add(Field.text("instruments", table.toString()));
        out.add(Field.text("config", header.configYaml()));
    }
}

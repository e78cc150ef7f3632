package io.quantagent.engine.feed;

import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.ConfigProblem;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.data.MarketDataReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured market-data files as a feed. Instruments are the distinct {@link DataInput#instrument()} names
 * in the order they first appear (two files of one instrument are one instrument, and must have the same
 * scales). One file is read on the calling thread; several are read each on a thread of its own and merged
 * by event time ({@link MergingFeed}). Every file is read by a {@link MarketDataReader} with the input's
 * {@link DataInput#readOptions()}: a bad row fails with its file and line, or is skipped and counted, as
 * configured.
 */
public final class FileFeed implements Feed {

    private final List<DataInput> inputs;
    private final List<Instrument> instruments;
    private final int[] instrumentOfInput;

    /**
     * A feed over these inputs.
     *
     * @throws ConfigException when there is no input, or one instrument has inputs with different scales
     */
    public FileFeed(List<DataInput> inputs) {
        if (inputs.isEmpty()) {
            throw new ConfigException(ConfigProblem.of("data", "no market-data files to read: add at least one"
                    + " item with a path under 'data:'"));
        }
        this.inputs = List.copyOf(inputs);
        Map<String, Instrument> byName = new LinkedHashMap<>();
        instrumentOfInput = new int[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            DataInput input = inputs.get(i);
            Instrument known = byName.get(input.instrument());
            if (known == null) {
                known = new Instrument(byName.size(), input.instrument(), input.scales());
                byName.put(input.instrument(), known);
            } else if (!known.scales().equals(input.scales())) {
                throw new ConfigException(ConfigProblem.of("data[" + i + "].priceDecimals",
                        "instrument " + input.instrument() + " is read from several files with different decimals ("
                                + known.scales() + " and " + input.scales() + "); give them the same"));
            }
            instrumentOfInput[i] = known.id();
        }
        this.instruments = List.copyOf(new ArrayList<>(byName.values()));
    }

    @Override
    public List<Instrument> instruments() {
        return instruments;
    }

    /** The files, in configuration order. */
    public List<DataInput> inputs() {
        return inputs;
    }

    @Override
    public void run(FeedSink sink) throws IOException {
        if (inputs.size() == 1) {
            DataInput input = inputs.get(0);
            MarketDataReader.read(input.path(), input.readOptions(), new InstrumentHandler(instrumentOfInput[0], sink));
            return;
        }
        new MergingFeed(inputs, instrumentOfInput).run(sink);
    }
}

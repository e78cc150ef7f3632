package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code quantagent speed} with few synthetic ticks and one timed run per bar row. */
class SpeedCommandTest {

    private static final Path TRADES = Path.of(System.getProperty("qa.samples"), "bitstamp_trades_from_20131125_usd.csv");

    @Test
    void printsTheMachineAndEveryRow() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = QuantAgentCommand.execute(new String[] {"speed", "--ticks", "20000", "--seed", "7", "--repeats", "1",
            "--config", Path.of("..", "configs", "backtest.yaml").toString(), "--data", TRADES.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("machine: " + Runtime.getRuntime().availableProcessors() + " cores",
                "Java " + Runtime.version());
        assertThat(text).containsPattern("backtest: backtest.yaml over bitstamp_trades_from_20131125_usd.csv +100,001"
                + " events +[0-9.]+ m?s +[0-9,]+ events/s");
        assertThat(text).containsPattern("synthetic: 20,000 trades, 1 instrument, seed 7 +20,00[0-9] events .* events/s");
        assertThat(text).containsPattern("engine fed the 1m bars of bitstamp\\S+ +9,399 bars x 1 .* [0-9,]+ bars/s");
        assertThat(text).containsPattern("ta4j BarSeriesManager, MACD crossover, same bars +9,399 bars x 1 .* [0-9,]+ bars/s");
    }
}

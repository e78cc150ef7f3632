package io.quantagent.backtest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.ExitReason;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.PortfolioSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRunTest {

    private static final double CENT_MICRO = 1e-6;

    @TempDir
    Path tmp;

    @Test
    void bitstampRunMatchesTheEndRecord() throws IOException {
        Path journal = tmp.resolve("journal");
        RunSummary summary = EngineRunner.run(RunConfigs.bitstampTrading(), journal);

        RunData run = JournalRun.read(journal);

        assertThat(run.instruments()).hasSize(1);
        assertThat(run.instruments().getFirst().instrument()).isEqualTo("BTC/USD");
        assertThat(run.instruments().getFirst().size()).isEqualTo((int) summary.bars());
        assertThat(run.decisions()).hasSize((int) summary.decisions());
        assertThat(run.timeFrame().seconds()).isEqualTo(60);
        assertThat(run.configuration()).contains("timeframe");
        assertAccountsMatch(run, summary);
        assertThat(run.trades()).isNotEmpty();
        assertThat(run.trades()).allSatisfy(t -> assertThat(t.stopPrice()).isFinite());
        assertThat(run.trades()).allSatisfy(t -> assertThat(t.targetPrice()).isFinite());
        assertThat(run.trades().stream().map(TradeRecord::exitReason).collect(Collectors.toSet()))
                .contains(ExitReason.STOP, ExitReason.SIGNAL);
    }

    @Test
    void stopsAndTargetsSitOnTheProtectiveSideOfTheEntry() throws IOException {
        Path journal = tmp.resolve("journal");
        EngineRunner.run(RunConfigs.bitstampTrading(), journal);

        for (TradeRecord t : JournalRun.read(journal).trades()) {
            if (t.isLong()) {
                assertThat(t.stopPrice()).isLessThan(t.targetPrice());
            } else {
                assertThat(t.stopPrice()).isGreaterThan(t.targetPrice());
            }
            if (t.exitReason() == ExitReason.TARGET) {
                assertThat(t.netPnl() + t.fees()).isPositive();
            }
        }
    }

    @Test
    void severalInstrumentsMatchTheEndRecord() throws IOException {
        Path journal = tmp.resolve("journal");
        RunSummary summary = EngineRunner.run(RunConfigs.syntheticBenchmark(), SyntheticFeed.of(3, 300_000, 7), journal);

        RunData run = JournalRun.read(journal);

        assertThat(run.instruments()).extracting(b -> b.instrument()).containsExactly("SYN-0", "SYN-1", "SYN-2");
        assertAccountsMatch(run, summary);
        Set<String> traded = run.trades().stream().map(TradeRecord::instrument).collect(Collectors.toSet());
        assertThat(traded).containsExactlyInAnyOrder("SYN-0", "SYN-1", "SYN-2");
        assertThat(run.equity()).hasSize(run.instruments().getFirst().size());
    }

    @Test
    void aRunFolderWithAJournalInsideReadsLikeTheJournal() throws IOException {
        Path runFolder = tmp.resolve("run");
        EngineRunner.run(RunConfigs.syntheticBenchmark(), SyntheticFeed.of(1, 60_000, 3), runFolder.resolve("journal"));

        assertThat(JournalRun.read(runFolder).trades()).isEqualTo(JournalRun.read(runFolder.resolve("journal")).trades());
    }

    @Test
    void aJournalWithoutEndClosesOpenTradesAtTheLastClose() throws IOException {
        SyntheticFeed feed = SyntheticFeed.of(2, 200_000, 11);
        EngineRunner.run(RunConfigs.syntheticBenchmark(), feed, tmp.resolve("complete"));
        RunData complete = JournalRun.read(tmp.resolve("complete"));
        TradeRecord longest = complete.trades().stream()
                .max(Comparator.comparingLong(t -> t.exitTimeNanos() - t.entryTimeNanos())).orElseThrow();
        long breakTime = longest.entryTimeNanos() + (longest.exitTimeNanos() - longest.entryTimeNanos()) / 2;
        Path journal = tmp.resolve("journal");
        Feed failing = new FailingFeed(feed, breakTime);
        assertThatThrownBy(() -> EngineRunner.run(RunConfigs.syntheticBenchmark(), failing, journal))
                .hasMessageContaining("feed broke");

        RunData run = JournalRun.read(journal);

        List<TradeRecord> ended = run.trades().stream().filter(t -> t.exitReason() == ExitReason.END).toList();
        assertThat(ended).extracting(TradeRecord::instrument, TradeRecord::entryTimeNanos)
                .contains(Tuple.tuple(longest.instrument(), longest.entryTimeNanos()));
        for (TradeRecord t : ended) {
            var bars = run.bars(t.instrument()).bars();
            assertThat(t.exitPrice()).isEqualTo(bars.getLast().close());
            assertThat(t.exitTimeNanos()).isEqualTo(bars.getLast().timeNanos());
        }
        EquityPoint last = run.equity().getLast();
        double net = run.trades().stream().mapToDouble(TradeRecord::netPnl).sum();
        assertThat(last.equity()).isCloseTo(run.startingCash() + net, within(CENT_MICRO));
    }

    @Test
    void aFolderWithoutAJournalIsRefusedNamingIt() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("nothing"));

        assertThatThrownBy(() -> JournalRun.read(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing");
    }

    private static void assertAccountsMatch(RunData run, RunSummary summary) {
        PortfolioSnapshot end = summary.portfolio();
        double realised = money(end.realisedPnl());
        double unrealised = money(end.unrealisedPnl());
        double fees = money(end.fees());
        double gross = run.trades().stream().mapToDouble(TradeRecord::grossPnl).sum();
        double paid = run.trades().stream().mapToDouble(TradeRecord::fees).sum();
        double net = run.trades().stream().mapToDouble(TradeRecord::netPnl).sum();

        assertThat(run.startingCash()).isEqualTo(money(end.startingCash()));
        assertThat(gross).isCloseTo(realised + unrealised, within(CENT_MICRO));
        assertThat(paid).isCloseTo(fees, within(CENT_MICRO));
        assertThat(net + paid).isCloseTo(realised + unrealised, within(CENT_MICRO));
        assertThat(run.equity().getLast().equity()).isCloseTo(money(end.equity()), within(CENT_MICRO));
        assertThat(run.equity().getLast().cash()).isCloseTo(money(end.cash()), within(CENT_MICRO));
        assertThat(run.equity().getFirst().equity()).isEqualTo(run.startingCash());
        assertThat(run.equity().getFirst().timeNanos())
                .isEqualTo(run.instruments().getFirst().bars().getFirst().timeNanos());
    }

    private static double money(long amount) {
        return BigDecimal.valueOf(amount, Money.DECIMALS).doubleValue();
    }

    /** A feed that stops with an error at its first trade after {@code breakTime}, leaving a journal without END. */
    private record FailingFeed(Feed feed, long breakTime) implements Feed {

        @Override
        public List<Instrument> instruments() {
            return feed.instruments();
        }

        @Override
        public void run(FeedSink sink) throws IOException {
            feed.run(new FeedSink() {
                @Override
                public void trade(int instrument, long timeNanos, long price, long quantity) {
                    if (timeNanos > breakTime) {
                        throw new IllegalStateException("feed broke at " + timeNanos);
                    }
                    sink.trade(instrument, timeNanos, price, quantity);
                }

                @Override
                public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                        long close, long volume) {
                    sink.bar(instrument, openTimeNanos, closeTimeNanos, open, high, low, close, volume);
                }

                @Override
                public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask,
                        long askQuantity) {
                    sink.quote(instrument, timeNanos, bid, bidQuantity, ask, askQuantity);
                }
            });
        }
    }
}

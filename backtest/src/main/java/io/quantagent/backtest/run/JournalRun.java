package io.quantagent.backtest.run;

import io.quantagent.agents.Direction;
import io.quantagent.backtest.metrics.DecisionRecord;
import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.ExitReason;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.execution.OrderType;
import io.quantagent.engine.execution.Side;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.Field;
import io.quantagent.engine.journal.JournalHeader;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.portfolio.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a journal into the {@link RunData} the metrics and the report read: the bars of every instrument, the
 * trades rebuilt from the orders and fills, an equity curve sampled at every bar close, and the decisions with
 * the agents' views.
 *
 * <p>Trades: a trade opens when a fill takes an instrument's position away from zero and closes when a fill brings
 * it back (a fill that reverses the position closes one trade and opens the next). Its stop and target are the
 * STOP and LIMIT child orders of the entry order ({@code parent} = the entry's id); the exit reason is STOP or
 * TARGET when the closing order is such a child, SIGNAL for any other order. Fees are those of every fill of the
 * trade, the share of a reversing fill split by quantity.
 *
 * <p>Equity: at each bar close time (the union over instruments), the fills up to that time are booked exactly as
 * the engine books them (fixed point, notional rounded half-even to {@link Money#DECIMALS} decimals) and each
 * position is marked at its instrument's last close; the last point uses the END record's marks, so it equals the
 * END record's equity.
 *
 * <p>A journal without an END record (a run that crashed or was stopped) still reads: positions still open are
 * closed at the last bar close of their instrument with exit reason END, as they are for a complete run (there at
 * the END record's mark). Trades closed that way carry only the fees actually paid.
 */
public final class JournalRun {

    private static final int MONEY = Money.DECIMALS;

    private JournalRun() {
    }

    /**
     * Reads the journal in {@code journalDir} (a journal folder, or a run folder that holds {@code journal/}).
     *
     * @throws IllegalArgumentException if the folder holds no journal, or one this reader cannot make sense of
     *     (the message names the folder and the record)
     */
    public static RunData read(Path journalDir) {
        Path dir = journalFolder(journalDir);
        try (JournalReader reader = JournalReader.open(dir)) {
            return new Builder(dir, reader.header()).readAll(reader);
        }
    }

    /**
     * The journal folder of {@code folder}: {@code folder/journal} if that exists (a backtest's run folder), else
     * {@code folder} itself.
     */
    public static Path journalFolder(Path folder) {
        Path inner = folder.resolve("journal");
        return Files.isDirectory(inner) ? inner : folder;
    }

    private static final class Builder {
        private final Path dir;
        private final JournalHeader header;
        private final EngineConfig config;
        private final List<Instrument> instruments;
        private final List<List<PriceBar>> bars = new ArrayList<>();
        private final List<DecisionRecord> decisions = new ArrayList<>();
        private final List<FillEvent> fills = new ArrayList<>();
        private final Map<Long, OrderInfo> orders = new HashMap<>();
        private JournalRecord end;

        Builder(Path dir, JournalHeader header) {
            this.dir = dir;
            this.header = header;
            this.config = header.config();
            this.instruments = header.instruments();
            for (int i = 0; i < instruments.size(); i++) {
                bars.add(new ArrayList<>());
            }
        }

        RunData readAll(JournalReader reader) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                try {
                    accept(r);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(dir + ": record #" + r.index() + " (" + r.type() + "): "
                            + e.getMessage(), e);
                }
            }
            return build();
        }

        private void accept(JournalRecord r) {
            if (r.type() != RecordType.END) {
                end = null; // an END with records after it marks a daemon's stop and restart, not the end
            }
            switch (r.type()) {
                case BAR -> {
                    List<PriceBar> list = bars.get(instrumentId(r));
                    long closeTime = number(r, "close_time");
                    if (!list.isEmpty() && list.getLast().timeNanos() >= closeTime) {
                        throw new IllegalArgumentException("bar closing at " + Field.timeText(closeTime)
                                + " is not after the previous bar of " + r.instrumentName());
                    }
                    list.add(new PriceBar(closeTime, real(r, "open"), real(r, "high"), real(r, "low"),
                            real(r, "close"), real(r, "volume")));
                }
                case DECISION -> decisions.add(new DecisionRecord(number(r, "bar_time"), r.instrumentName(),
                        direction(r, "direction"), direction(r, "indicator_direction"),
                        direction(r, "pattern_direction"), direction(r, "trend_direction")));
                case ORDER -> {
                    OrderInfo order = new OrderInfo(number(r, "order"), OrderType.valueOf(r.value("order_type")),
                            exact(r, "price"), number(r, "parent"), new ArrayList<>(2));
                    orders.put(order.id(), order);
                    OrderInfo parent = orders.get(order.parent());
                    if (parent != null) {
                        parent.children().add(order);
                    }
                }
                case FILL -> fills.add(new FillEvent(r.timeNanos(), instrumentId(r), number(r, "order"),
                        Side.valueOf(r.value("side")), exact(r, "price"), exact(r, "quantity"), exact(r, "fee")));
                case END -> end = r;
                default -> {
                }
            }
        }

        private int instrumentId(JournalRecord r) {
            int id = r.instrument();
            if (id < 0 || id >= instruments.size()) {
                throw new IllegalArgumentException("instrument id " + id + " is not in the header's table");
            }
            return id;
        }

        private RunData build() {
            List<InstrumentBars> instrumentBars = new ArrayList<>();
            for (int i = 0; i < instruments.size(); i++) {
                instrumentBars.add(new InstrumentBars(instruments.get(i).name(), bars.get(i)));
            }
            Accounts accounts = new Accounts(instruments.size(), config.broker().startingCash());
            List<EquityPoint> equity = new ArrayList<>();
            long[] times = sampleTimes();
            int[] nextBar = new int[instruments.size()];
            BigDecimal[] marks = new BigDecimal[instruments.size()];
            int nextFill = 0;
            for (int t = 0; t < times.length; t++) {
                long time = times[t];
                boolean last = t == times.length - 1;
                while (nextFill < fills.size() && (last || fills.get(nextFill).timeNanos() <= time)) {
                    accounts.book(fills.get(nextFill++), orders);
                }
                for (int i = 0; i < marks.length; i++) {
                    List<PriceBar> list = bars.get(i);
                    while (nextBar[i] < list.size() && list.get(nextBar[i]).timeNanos() <= time) {
                        marks[i] = BigDecimal.valueOf(list.get(nextBar[i]).close());
                        nextBar[i]++;
                    }
                    if (last && end != null && accounts.isOpen(i)) {
                        marks[i] = endMark(i);
                    }
                }
                equity.add(accounts.point(time, marks));
            }
            while (nextFill < fills.size()) {
                accounts.book(fills.get(nextFill++), orders);
            }
            for (int i = 0; i < instruments.size(); i++) {
                if (accounts.isOpen(i)) {
                    BigDecimal mark = end != null ? endMark(i) : marks[i];
                    long time = end != null ? end.timeNanos() : bars.get(i).isEmpty() ? 0 : bars.get(i).getLast().timeNanos();
                    if (mark == null) {
                        throw new IllegalArgumentException(dir + ": " + instruments.get(i).name()
                                + " has an open position but no price to close it at");
                    }
                    accounts.closeAtEnd(i, time, mark);
                }
            }
            List<TradeRecord> trades = new ArrayList<>();
            for (OpenTrade trade : accounts.closed) {
                trades.add(trade.record(instruments.get(trade.instrument).name()));
            }
            String title = String.join(", ", instruments.stream().map(Instrument::name).toList());
            return new RunData(title, TimeFrame.of(config.bars().timeframe()), config.broker().startingCash().doubleValue(),
                    instrumentBars, equity, trades, decisions, header.configYaml());
        }

        private BigDecimal endMark(int instrument) {
            Field field = end.field(instruments.get(instrument).name() + ".mark");
            if (field == null) {
                throw new IllegalArgumentException(dir + ": the END record has no mark for "
                        + instruments.get(instrument).name());
            }
            return field.decimalValue();
        }

        private long[] sampleTimes() {
            List<Long> all = new ArrayList<>();
            for (List<PriceBar> list : bars) {
                for (PriceBar bar : list) {
                    all.add(bar.timeNanos());
                }
            }
            return all.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        }
    }

    /** The account as the engine keeps it, rebuilt exactly from the fills. */
    private static final class Accounts {
        private final BigDecimal[] position;
        private final OpenTrade[] open;
        private final List<OpenTrade> closed = new ArrayList<>();
        private BigDecimal cash;

        Accounts(int instruments, BigDecimal startingCash) {
            position = new BigDecimal[instruments];
            Arrays.fill(position, BigDecimal.ZERO);
            open = new OpenTrade[instruments];
            cash = startingCash;
        }

        boolean isOpen(int instrument) {
            return position[instrument].signum() != 0;
        }

        void book(FillEvent fill, Map<Long, OrderInfo> orders) {
            int i = fill.instrument();
            BigDecimal signed = fill.side() == Side.BUY ? fill.quantity() : fill.quantity().negate();
            cash = cash.subtract(notional(fill.price(), signed)).subtract(fill.fee());
            BigDecimal before = position[i];
            BigDecimal after = before.add(signed);
            position[i] = after;
            OrderInfo order = orders.get(fill.order());
            if (before.signum() == 0) {
                open[i] = OpenTrade.open(i, fill, fill.quantity(), fill.fee(), order, orders);
                return;
            }
            if (before.signum() == signed.signum()) {
                open[i].add(fill.price(), fill.quantity(), fill.fee());
                return;
            }
            BigDecimal closing = fill.quantity().min(before.abs());
            BigDecimal closingFee = closing.compareTo(fill.quantity()) == 0 ? fill.fee()
                    : fill.fee().multiply(closing).divide(fill.quantity(), MONEY, RoundingMode.HALF_EVEN);
            open[i].reduce(fill.timeNanos(), fill.price(), closing, closingFee, exitReason(order, orders));
            if (after.signum() == 0 || after.signum() != before.signum()) {
                closed.add(open[i]);
                open[i] = null;
            }
            if (after.signum() != 0 && after.signum() != before.signum()) {
                open[i] = OpenTrade.open(i, fill, after.abs(), fill.fee().subtract(closingFee), order, orders);
            }
        }

        void closeAtEnd(int instrument, long timeNanos, BigDecimal mark) {
            open[instrument].reduce(timeNanos, mark, position[instrument].abs(), BigDecimal.ZERO, ExitReason.END);
            closed.add(open[instrument]);
            open[instrument] = null;
        }

        EquityPoint point(long timeNanos, BigDecimal[] marks) {
            BigDecimal equity = cash;
            BigDecimal gross = BigDecimal.ZERO;
            for (int i = 0; i < position.length; i++) {
                if (position[i].signum() != 0 && marks[i] != null) {
                    BigDecimal value = notional(marks[i], position[i]);
                    equity = equity.add(value);
                    gross = gross.add(value.abs());
                }
            }
            return new EquityPoint(timeNanos, equity.doubleValue(), cash.doubleValue(), gross.doubleValue());
        }

        private static ExitReason exitReason(OrderInfo order, Map<Long, OrderInfo> orders) {
            if (order == null || order.parent() == 0 || !orders.containsKey(order.parent())) {
                return ExitReason.SIGNAL;
            }
            return switch (order.type()) {
                case STOP -> ExitReason.STOP;
                case LIMIT -> ExitReason.TARGET;
                case MARKET -> ExitReason.SIGNAL;
            };
        }

        private static BigDecimal notional(BigDecimal price, BigDecimal quantity) {
            return price.multiply(quantity).setScale(MONEY, RoundingMode.HALF_EVEN);
        }
    }

    /** A position being built and unwound, until it is flat again. */
    private static final class OpenTrade {
        final int instrument;
        final Side side;
        final long entryTime;
        final double stop;
        final double target;
        BigDecimal entryQuantity = BigDecimal.ZERO;
        BigDecimal entryCost = BigDecimal.ZERO;
        BigDecimal exitQuantity = BigDecimal.ZERO;
        BigDecimal exitProceeds = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        long exitTime;
        ExitReason reason = ExitReason.END;

        private OpenTrade(int instrument, Side side, long entryTime, double stop, double target) {
            this.instrument = instrument;
            this.side = side;
            this.entryTime = entryTime;
            this.stop = stop;
            this.target = target;
        }

        static OpenTrade open(int instrument, FillEvent fill, BigDecimal quantity, BigDecimal fee, OrderInfo order,
                Map<Long, OrderInfo> orders) {
            double stop = Double.NaN;
            double target = Double.NaN;
            if (order != null) {
                for (OrderInfo child : order.children()) {
                    if (child.type() == OrderType.STOP && Double.isNaN(stop)) {
                        stop = child.price().doubleValue();
                    } else if (child.type() == OrderType.LIMIT && Double.isNaN(target)) {
                        target = child.price().doubleValue();
                    }
                }
            }
            OpenTrade trade = new OpenTrade(instrument, fill.side(), fill.timeNanos(), stop, target);
            trade.add(fill.price(), quantity, fee);
            return trade;
        }

        void add(BigDecimal price, BigDecimal quantity, BigDecimal fee) {
            entryQuantity = entryQuantity.add(quantity);
            entryCost = entryCost.add(price.multiply(quantity));
            fees = fees.add(fee);
        }

        void reduce(long time, BigDecimal price, BigDecimal quantity, BigDecimal fee, ExitReason why) {
            exitQuantity = exitQuantity.add(quantity);
            exitProceeds = exitProceeds.add(price.multiply(quantity));
            fees = fees.add(fee);
            exitTime = time;
            reason = why;
        }

        TradeRecord record(String name) {
            BigDecimal sign = side == Side.BUY ? BigDecimal.ONE : BigDecimal.ONE.negate();
            BigDecimal gross = exitProceeds.subtract(entryCost).multiply(sign).setScale(MONEY, RoundingMode.HALF_EVEN);
            BigDecimal net = gross.subtract(fees);
            double entryPrice = entryCost.divide(entryQuantity, 16, RoundingMode.HALF_EVEN).doubleValue();
            double exitPrice = exitProceeds.divide(exitQuantity, 16, RoundingMode.HALF_EVEN).doubleValue();
            return new TradeRecord(name, side, entryTime, entryPrice, exitTime, exitPrice, entryQuantity.doubleValue(),
                    stop, target, gross.doubleValue(), fees.doubleValue(), net.doubleValue(), reason);
        }
    }

    private record OrderInfo(long id, OrderType type, BigDecimal price, long parent, List<OrderInfo> children) {
    }

    private record FillEvent(long timeNanos, int instrument, long order, Side side, BigDecimal price,
            BigDecimal quantity, BigDecimal fee) {
    }

    private static Field field(JournalRecord r, String name) {
        Field field = r.field(name);
        if (field == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        return field;
    }

    private static long number(JournalRecord r, String name) {
        return field(r, name).number();
    }

    private static BigDecimal exact(JournalRecord r, String name) {
        return field(r, name).decimalValue();
    }

    private static double real(JournalRecord r, String name) {
        Field field = field(r, name);
        return switch (field.kind()) {
            case DECIMAL -> field.decimalValue().doubleValue();
            case REAL -> field.real();
            case INTEGER -> field.number();
            default -> throw new IllegalArgumentException("field " + name + " is not a number: " + field.valueText());
        };
    }

    private static Direction direction(JournalRecord r, String name) {
        return Direction.valueOf(field(r, name).valueText());
    }
}

package io.quantagent.engine.daemon;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.Field;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.pipeline.ControlCommand;
import io.quantagent.engine.pipeline.InputKind;
import io.quantagent.engine.pipeline.Publisher;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.Portfolio;
import io.quantagent.engine.risk.RiskEventKind;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.NanoClock;

/**
 * The daemon's picture of itself, built on a service thread by tailing the journal (the truth) from its first
 * record: candles from BAR records, orders and their outcomes from ORDER, REJECT, FILL and CANCEL, each agent's
 * latest report from SIGNAL and DECISION, the risk state from RISK, operator halts from CONTROL inputs, and the
 * account from a portfolio of its own booked with the journaled fills and marked with the journaled trades. The
 * feeds, the ring and the latency are sampled. An immutable {@link DaemonSnapshot} is published a few times a
 * second (sooner after a bar, an order or a fill); readers never wait for this thread.
 */
final class DaemonState implements DaemonView, Agent {

    /** Closed bars kept per instrument. */
    static final int CANDLES = 300;
    /** Orders kept per instrument. */
    static final int ORDERS = 100;
    private static final int RECORDS_PER_WORK = 4096;
    private static final long PUBLISH_EVERY_NANOS = 250_000_000L;
    private static final long PUBLISH_SOON_NANOS = 50_000_000L;
    private static final String[] AGENTS = {"INDICATOR", "PATTERN", "TREND", "RISK", "DECISION"};

    /** One feed as the dashboard and the health check see it. */
    interface FeedProbe {
        /** The feed's state now. */
        DaemonSnapshot.FeedState state(long nowNanos);

        /** Why the feed makes the daemon unhealthy, or null. */
        String problem();

        /** Messages that could not be used. */
        long malformed();
    }

    private final Path journalDir;
    private final List<Instrument> instruments;
    private final Publisher publisher;
    private final int ringSize;
    private final List<FeedProbe> feeds;
    private final TickToOrderLatency latency;
    private final DaemonControl control;
    private final boolean controlEnabled;
    private final long stallAfterNanos;
    private final NanoClock clock;
    private final Portfolio account;
    private final PerInstrument[] perInstrument;
    private final Map<Long, OrderRow> ordersById = new HashMap<>();
    private JournalReader reader;

    private long events;
    private long bars;
    private long decisions;
    private long orders;
    private long rejections;
    private long fills;
    private long cancels;
    private long faults;
    private long eventTimeNanos = Long.MIN_VALUE;
    private boolean halted;
    private boolean killSwitch;
    private boolean dailyLoss;
    private String lastRiskEvent = "";
    private boolean important;
    private long lastPublishNanos = Long.MIN_VALUE;
    private long lastCompleted = Long.MIN_VALUE;
    private long lastMovedNanos;

    private volatile DaemonSnapshot snapshot;
    private volatile long version;
    private volatile Health health = new Health(false, List.of("starting"));
    private volatile Histogram latencyCopy = new Histogram(3);

    DaemonState(Path journalDir, List<Instrument> instruments, long startingCash, Publisher publisher, int ringSize,
            List<FeedProbe> feeds, TickToOrderLatency latency, DaemonControl control, boolean controlEnabled,
            long stallAfterNanos, NanoClock clock) {
        this.journalDir = journalDir;
        this.instruments = List.copyOf(instruments);
        this.publisher = publisher;
        this.ringSize = ringSize;
        this.feeds = List.copyOf(feeds);
        this.latency = latency;
        this.control = control;
        this.controlEnabled = controlEnabled;
        this.stallAfterNanos = stallAfterNanos;
        this.clock = clock;
        List<Scales> scales = new ArrayList<>();
        perInstrument = new PerInstrument[instruments.size()];
        for (int i = 0; i < perInstrument.length; i++) {
            scales.add(instruments.get(i).scales());
            perInstrument[i] = new PerInstrument();
        }
        this.account = new Portfolio(scales, startingCash);
        this.snapshot = build(System.currentTimeMillis(), clock.nanoTime());
    }

    // ------------------------------------------------------------------------------------------------- the view

    @Override
    public DaemonSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Health health() {
        return health;
    }

    @Override
    public Histogram tickToOrderNanos() {
        return latencyCopy.copy();
    }

    @Override
    public DaemonControl control() {
        return control;
    }

    // ------------------------------------------------------------------------------------------- the service loop

    @Override
    public void onStart() {
        reader = JournalReader.open(journalDir);
    }

    @Override
    public int doWork() {
        int work = readRecords(RECORDS_PER_WORK);
        long now = clock.nanoTime();
        watchPipeline(now);
        if (lastPublishNanos == Long.MIN_VALUE || now - lastPublishNanos >= PUBLISH_EVERY_NANOS
                || important && now - lastPublishNanos >= PUBLISH_SOON_NANOS) {
            publish(now);
            work++;
        }
        return work;
    }

    /** Closes the journal reader (after {@link #catchUp()}, once the service thread has stopped). */
    void closeReader() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    @Override
    public String roleName() {
        return "qa-daemon-state";
    }

    /** Reads every record left and publishes (once the service thread has stopped). */
    void catchUp() {
        if (reader == null) {
            reader = JournalReader.open(journalDir);
        }
        while (readRecords(RECORDS_PER_WORK) > 0) {
            // read on
        }
        publish(clock.nanoTime());
    }

    private int readRecords(int max) {
        int n = 0;
        JournalRecord record;
        while (n < max && (record = reader.next()) != null) {
            apply(record);
            n++;
        }
        return n;
    }

    private void publish(long now) {
        Histogram total = latency.accumulate();
        latencyCopy = total.copy();
        snapshot = build(System.currentTimeMillis(), now);
        health = judge();
        version++;
        lastPublishNanos = now;
        important = false;
    }

    private void watchPipeline(long now) {
        long completed = publisher.completed();
        if (completed != lastCompleted || publisher.backlog() == 0) {
            lastCompleted = completed;
            lastMovedNanos = now;
        }
    }

    private Health judge() {
        List<String> problems = new ArrayList<>();
        for (FeedProbe feed : feeds) {
            String problem = feed.problem();
            if (problem != null) {
                problems.add(problem);
            }
        }
        long stalled = clock.nanoTime() - lastMovedNanos;
        long backlog = publisher.backlog();
        if (backlog > 0 && stalled >= stallAfterNanos) {
            problems.add("the pipeline has not moved for " + stalled / 1_000_000 + " ms with " + backlog
                    + " events waiting");
        }
        return new Health(problems.isEmpty(), problems);
    }

    // ------------------------------------------------------------------------------------------------ records

    private void apply(JournalRecord r) {
        int i = r.instrument();
        PerInstrument in = i >= 0 && i < perInstrument.length ? perInstrument[i] : null;
        switch (r.type()) {
            case INPUT -> input(r, i);
            case BAR -> {
                bars++;
                important = true;
                if (in != null) {
                    in.candles.addLast(new DaemonSnapshot.Candle(millis(r.field("open_time").number()),
                            millis(r.field("close_time").number()), real(r, "open"), real(r, "high"), real(r, "low"),
                            real(r, "close"), real(r, "volume")));
                    if (in.candles.size() > CANDLES) {
                        in.candles.removeFirst();
                    }
                }
            }
            case SIGNAL -> {
                if (in != null) {
                    signal(in, r);
                }
            }
            case DECISION -> {
                decisions++;
                if (in != null) {
                    String veto = r.value("veto");
                    in.signals.put("DECISION", new DaemonSnapshot.Signal("DECISION", r.value("direction"),
                            number(r, "confidence"), "step " + r.value("step") + ", intent " + r.value("intent")
                                    + ("NONE".equals(veto) ? "" : ", veto " + veto),
                            millis(r.field("bar_time").number())));
                }
            }
            case ORDER -> {
                orders++;
                important = true;
                if (in != null) {
                    add(in, new OrderRow(r.field("order").number(), millis(r.timeNanos()), r.value("side"),
                            r.value("order_type"), decimal(r.field("price")), decimal(r.field("quantity")), "ACCEPTED",
                            ""));
                }
            }
            case REJECT -> {
                rejections++;
                if (in != null) {
                    long id = r.field("order").number();
                    OrderRow row = ordersById.get(id);
                    if (row == null) {
                        add(in, new OrderRow(id, millis(r.timeNanos()), "", "", 0, 0, "REJECTED",
                                r.value("reason")));
                    } else {
                        row.status = "REJECTED";
                        row.detail = r.value("reason");
                    }
                }
            }
            case FILL -> {
                fills++;
                important = true;
                if (i >= 0) {
                    long quantity = r.field("quantity").number();
                    boolean buy = "BUY".equals(r.value("side"));
                    account.applyFill(i, buy ? quantity : -quantity, r.field("price").number(),
                            r.field("fee").number());
                    OrderRow row = ordersById.get(r.field("order").number());
                    if (row != null) {
                        row.status = "FILLED";
                        row.detail = r.value("quantity") + " at " + r.value("price") + ", fee " + r.value("fee");
                    }
                }
            }
            case CANCEL -> {
                cancels++;
                OrderRow row = ordersById.get(r.field("order").number());
                if (row != null) {
                    row.status = "CANCELLED";
                    row.detail = r.value("reason");
                }
            }
            case RISK -> {
                String event = r.value("event");
                if (RiskEventKind.KILL_SWITCH_ENGAGED.name().equals(event)) {
                    killSwitch = true;
                } else if (RiskEventKind.KILL_SWITCH_RESET.name().equals(event)) {
                    killSwitch = false;
                } else if (RiskEventKind.DAILY_LOSS_LIMIT_REACHED.name().equals(event)) {
                    dailyLoss = true;
                } else if (RiskEventKind.DAILY_LOSS_LIMIT_CLEARED.name().equals(event)) {
                    dailyLoss = false;
                }
                lastRiskEvent = event + ("-".equals(r.instrumentName()) ? "" : " " + r.instrumentName()) + " at "
                        + Field.timeText(r.timeNanos());
                important = true;
            }
            case FAULT -> faults++;
            case HEADER, ACTION, END -> {
            }
        }
    }

    private void input(JournalRecord r, int i) {
        events++;
        if (r.timeNanos() > eventTimeNanos && r.timeNanos() != Long.MAX_VALUE) {
            eventTimeNanos = r.timeNanos();
        }
        String kind = r.value("kind");
        if (InputKind.TRADE.name().equals(kind)) {
            account.mark(i, r.field("price").number());
        } else if (InputKind.BAR.name().equals(kind)) {
            account.mark(i, r.field("close").number());
        } else if (InputKind.CONTROL.name().equals(kind)) {
            String command = r.value("command");
            if (ControlCommand.HALT.name().equals(command)) {
                halted = true;
            } else if (ControlCommand.RESUME.name().equals(command)) {
                halted = false;
            }
            important = true;
        }
    }

    private void signal(PerInstrument in, JournalRecord r) {
        String agent = r.agent();
        if ("RISK".equals(agent)) {
            String veto = r.value("veto");
            in.signals.put(agent, new DaemonSnapshot.Signal(agent, veto, number(r, "calm"),
                    "veto: " + veto + ", stop distance " + shortText(r, "stop_distance", "%.2f") + ", size "
                            + shortText(r, "size", "%.4f"),
                    millis(r.field("evaluated_at").number())));
            return;
        }
        String detail = switch (agent) {
            case "INDICATOR" -> "RSI " + shortText(r, "rsi", "%.1f") + " (" + r.value("rsi_zone") + "), MACD crossing "
                    + r.value("macd_crossing") + ", vote " + r.value("vote");
            case "PATTERN" -> r.value("pattern") + ("true".equals(r.value("confirmed")) ? " (confirmed)" : "");
            case "TREND" -> r.value("trend") + ", slope " + shortText(r, "slope", "%.3g") + " a bar";
            default -> "";
        };
        Field barTime = r.field("bar_time");
        in.signals.put(agent, new DaemonSnapshot.Signal(agent, r.value("direction"), number(r, "strength"), detail,
                barTime == null ? 0 : millis(barTime.number())));
    }

    /** A field as a short decimal for the dashboard ("n/a" while an agent warms up); the journal keeps the digits. */
    private static String shortText(JournalRecord r, String name, String format) {
        Field field = r.field(name);
        if (field == null || (field.kind() != Field.Kind.REAL && field.kind() != Field.Kind.DECIMAL)) {
            return "n/a";
        }
        double value = field.kind() == Field.Kind.REAL ? field.real() : field.decimalValue().doubleValue();
        return Double.isFinite(value) ? String.format(java.util.Locale.ROOT, format, value) : "n/a";
    }

    private void add(PerInstrument in, OrderRow row) {
        in.orders.put(row.id, row);
        ordersById.put(row.id, row);
        if (in.orders.size() > ORDERS) {
            Long oldest = in.orders.keySet().iterator().next();
            in.orders.remove(oldest);
            ordersById.remove(oldest);
        }
    }

    // --------------------------------------------------------------------------------------------- the snapshot

    private DaemonSnapshot build(long wallMillis, long now) {
        List<DaemonSnapshot.InstrumentState> states = new ArrayList<>(instruments.size());
        for (int i = 0; i < perInstrument.length; i++) {
            PerInstrument in = perInstrument[i];
            List<DaemonSnapshot.OrderState> list = new ArrayList<>(in.orders.size());
            for (OrderRow row : in.orders.values()) {
                list.add(row.state());
            }
            List<DaemonSnapshot.Signal> signals = new ArrayList<>();
            for (String agent : AGENTS) {
                DaemonSnapshot.Signal signal = in.signals.get(agent);
                if (signal != null) {
                    signals.add(signal);
                }
            }
            Scales scales = instruments.get(i).scales();
            states.add(new DaemonSnapshot.InstrumentState(instruments.get(i).name(), new ArrayList<>(in.candles), list,
                    signals, fixed(account.position(i), scales.quantityDecimals()),
                    fixed(account.averagePrice(i), scales.priceDecimals()),
                    fixed(account.markPrice(i), scales.priceDecimals()), money(account.unrealisedPnl(i))));
        }
        List<DaemonSnapshot.FeedState> feedStates = new ArrayList<>(feeds.size());
        long malformed = 0;
        for (FeedProbe feed : feeds) {
            feedStates.add(feed.state(now));
            malformed += feed.malformed();
        }
        Histogram h = latencyCopy;
        DaemonSnapshot.Latency latencyState = new DaemonSnapshot.Latency(h.getTotalCount(),
                micros(h, 50), micros(h, 90), micros(h, 99), micros(h, 99.9), h.getTotalCount() == 0 ? 0
                        : h.getMaxValue() / 1_000.0);
        DaemonSnapshot.Account accountState = new DaemonSnapshot.Account(money(account.startingCash()),
                money(account.cash()), money(account.equity()), money(account.realisedPnl()),
                money(account.unrealisedPnl()), money(account.fees()), money(account.grossExposure()),
                money(account.highWaterMark()), money(account.drawdown()));
        DaemonSnapshot.Counters counters = new DaemonSnapshot.Counters(events, bars, decisions, orders, rejections,
                fills, cancels, faults, malformed, ringSize - publisher.backlog(), ringSize);
        return new DaemonSnapshot(wallMillis, eventTimeNanos == Long.MIN_VALUE ? 0 : eventTimeNanos / 1_000_000,
                halted, controlEnabled, accountState, new DaemonSnapshot.Risk(killSwitch, dailyLoss, lastRiskEvent),
                counters, latencyState, states, feedStates);
    }

    private static double micros(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1_000.0;
    }

    private static long millis(long nanos) {
        return nanos == Long.MIN_VALUE || nanos == Long.MAX_VALUE ? 0 : Math.floorDiv(nanos, 1_000_000);
    }

    private static double money(long amount) {
        return fixed(amount, Money.DECIMALS);
    }

    private static double fixed(long mantissa, int decimals) {
        return mantissa / Math.pow(10, decimals);
    }

    private static double decimal(Field field) {
        return field == null ? 0 : fixed(field.number(), field.decimals());
    }

    private static double real(JournalRecord r, String name) {
        return decimal(r.field(name));
    }

    private static double number(JournalRecord r, String name) {
        Field field = r.field(name);
        return field == null || !Double.isFinite(field.real()) ? 0 : field.real();
    }

    /** What the daemon keeps of one instrument. */
    private static final class PerInstrument {
        final ArrayDeque<DaemonSnapshot.Candle> candles = new ArrayDeque<>();
        final LinkedHashMap<Long, OrderRow> orders = new LinkedHashMap<>();
        final Map<String, DaemonSnapshot.Signal> signals = new HashMap<>();
    }

    /** An order and its outcome so far. */
    private static final class OrderRow {
        final long id;
        final long timeMillis;
        final String side;
        final String type;
        final double price;
        final double quantity;
        String status;
        String detail;

        OrderRow(long id, long timeMillis, String side, String type, double price, double quantity, String status,
                String detail) {
            this.id = id;
            this.timeMillis = timeMillis;
            this.side = side;
            this.type = type;
            this.price = price;
            this.quantity = quantity;
            this.status = status;
            this.detail = detail;
        }

        DaemonSnapshot.OrderState state() {
            return new DaemonSnapshot.OrderState(id, timeMillis, side, type, price, quantity, status, detail);
        }
    }
}

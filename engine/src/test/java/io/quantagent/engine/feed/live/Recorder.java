package io.quantagent.engine.feed.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Records what a {@link LiveFeed} reports, from the feed's thread, for a test thread to read: trades, gaps,
 * states and scheduled reconnects. Also waits for a condition by polling (with a generous limit that is a
 * safety net, never an assertion about time).
 */
final class Recorder implements LiveTradeHandler, FeedStatusListener {

    record Trade(int instrument, long timeNanos, long price, long quantity, long sequence) {
    }

    record Gap(int instrument, long expected, long received) {
    }

    record Status(LiveFeedState state, String reason) {
    }

    record Reconnect(int attempt, long delayNanos) {
    }

    private static final long LIMIT_MILLIS = 10_000;

    private final List<Trade> trades = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<Reconnect> reconnects = new ArrayList<>();

    @Override
    public synchronized void onTrade(int instrument, long timeNanos, long price, long quantity, long exchangeSequence) {
        trades.add(new Trade(instrument, timeNanos, price, quantity, exchangeSequence));
    }

    @Override
    public synchronized void onGap(int instrument, long expected, long received) {
        gaps.add(new Gap(instrument, expected, received));
    }

    @Override
    public synchronized void onStatus(LiveFeed feed, LiveFeedState state, String reason) {
        statuses.add(new Status(state, reason));
    }

    @Override
    public synchronized void onReconnectScheduled(LiveFeed feed, int attempt, long delayNanos) {
        reconnects.add(new Reconnect(attempt, delayNanos));
    }

    synchronized List<Trade> trades() {
        return List.copyOf(trades);
    }

    synchronized List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    synchronized List<Status> statuses() {
        return List.copyOf(statuses);
    }

    synchronized List<LiveFeedState> states() {
        return statuses.stream().map(Status::state).toList();
    }

    synchronized List<Reconnect> reconnects() {
        return List.copyOf(reconnects);
    }

    /** Polls until the condition holds; fails with the description (and what was recorded) after ten seconds. */
    void await(String description, BooleanSupplier condition) throws InterruptedException {
        awaitWhile(description, condition, () -> { });
    }

    /** Like {@link #await}, running {@code step} (an agent invocation) between polls. */
    void awaitWhile(String description, BooleanSupplier condition, Runnable step) throws InterruptedException {
        long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("never happened: " + description + "; recorded " + this);
            }
            step.run();
            Thread.sleep(1);
        }
    }

    /** Waits until {@code count} trades arrived and returns them. */
    List<Trade> awaitTrades(int count) throws InterruptedException {
        await(count + " trades", () -> trades().size() >= count);
        return trades();
    }

    @Override
    public synchronized String toString() {
        return "trades=" + trades + ", gaps=" + gaps + ", statuses=" + statuses + ", reconnects=" + reconnects;
    }
}

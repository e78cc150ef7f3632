package io.quantagent.cli;

import io.quantagent.backtest.run.Backtest;
import io.quantagent.backtest.run.ProgressFeed;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A progress line for long runs, redrawn in place at most four times a second from a thread of its own that only
 * reads the feed's event count: events so far, events per second, the share done and the time left (estimated
 * from the input files' sizes). Wall-clock time here is for the user only; the pipeline never sees it.
 */
final class ProgressLine implements Backtest.Listener {

    private static final long REFRESH_MILLIS = 250;

    private final PrintWriter out;
    private Thread thread;
    private volatile boolean running;
    private int lastWidth;

    ProgressLine(PrintWriter out) {
        this.out = out;
    }

    /** A progress line on {@code out} when the process talks to a terminal, otherwise a listener that does nothing. */
    static Backtest.Listener forTerminal(PrintWriter out) {
        return isTerminal() ? new ProgressLine(out) : Backtest.Listener.NONE;
    }

    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void started(String label, ProgressFeed feed) {
        running = true;
        long start = System.nanoTime();
        thread = new Thread(() -> {
            while (running) {
                try {
                    TimeUnit.MILLISECONDS.sleep(REFRESH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                if (running) {
                    draw(line(label, feed.events(), feed.estimatedEvents(), System.nanoTime() - start));
                }
            }
        }, "progress");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void finished(String label) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        draw("");
    }

    private synchronized void draw(String text) {
        out.print('\r' + text + " ".repeat(Math.max(0, lastWidth - text.length())) + (text.isEmpty() ? "\r" : ""));
        out.flush();
        lastWidth = text.length();
    }

    /** The line's text: "backtest: 1,234,567 events, 812,000 events/s, 43 %, about 12 s left". */
    static String line(String label, long events, long estimated, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? events / seconds : 0;
        StringBuilder text = new StringBuilder(96);
        text.append(String.format(Locale.ROOT, "%s: %,d events, %,.0f events/s", label, events, rate));
        if (estimated > 0 && rate > 0) {
            double share = Math.min(0.99, (double) events / estimated);
            long left = Math.max(0, Math.round((estimated - events) / rate));
            text.append(String.format(Locale.ROOT, ", %.0f %%, about %s left", share * 100, duration(left)));
        }
        return text.toString();
    }

    private static String duration(long seconds) {
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }
}

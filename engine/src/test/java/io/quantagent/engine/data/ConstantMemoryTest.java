package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads generated files of millions of rows and checks that the reader allocates nothing per row: memory
 * stays constant however long the file, so files larger than RAM stream through.
 */
class ConstantMemoryTest {

    /** What one read may allocate (file channel, summary: a few KB), whatever the size: far less than a byte per row. */
    private static final long ALLOCATION_BUDGET = 64 * 1024;

    @TempDir
    Path dir;

    /** Sums what it is handed, allocating nothing. */
    private static final class Checksum implements MarketDataHandler {
        long count;
        long priceSum;
        long quantitySum;
        long lastTime;

        @Override
        public void onTrade(long timeNanos, long price, long quantity) {
            count++;
            priceSum += price;
            quantitySum += quantity;
            lastTime = timeNanos;
        }

        @Override
        public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
                long volume) {
            count++;
            priceSum += close;
            quantitySum += volume;
            lastTime = openTimeNanos;
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void streamsMillionsOfTradesWithoutAllocatingPerRow() throws IOException {
        int count = 2_000_000;
        Path file = dir.resolve("trades.csv");
        long expectedPrices = 0;
        long expectedQuantities = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("timestamp,price,amount\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < count; i++) {
                long cents = 800_00 + i % 5_000;
                long satoshis = 1 + i % 100_000_000;
                expectedPrices += cents * 1_000_000L;
                expectedQuantities += satoshis;
                String row = (1_385_337_600L + i / 4) + "," + cents / 100 + "." + twoDigits(cents % 100) + ",0."
                        + eightDigits(satoshis) + "\n";
                out.write(row.getBytes(StandardCharsets.US_ASCII));
            }
        }
        MarketDataReader reader = warmedUp();
        Checksum checksum = new Checksum();

        long before = allocatedBytes();
        ReadSummary summary = reader.read(file, checksum);
        long allocated = allocatedBytes() - before;

        assertThat(summary.accepted()).isEqualTo(count);
        assertThat(checksum.count).isEqualTo(count);
        assertThat(checksum.priceSum).isEqualTo(expectedPrices);
        assertThat(checksum.quantitySum).isEqualTo(expectedQuantities);
        assertThat(checksum.lastTime).isEqualTo((1_385_337_600L + (count - 1) / 4) * 1_000_000_000L);
        assertThat(allocated).as("bytes allocated reading %d rows", count).isLessThan(ALLOCATION_BUDGET);
    }

    @Test
    void streamsHundredsOfThousandsOfTextTimestampBarsWithoutAllocatingPerRow() throws IOException {
        int count = 500_000;
        Path file = dir.resolve("BTC_1h_1.csv");
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2000, 1, 1, 0, 0);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("Datetime,Close,High,Low,Open,Volume\r\n".getBytes(StandardCharsets.US_ASCII));
            java.time.LocalDateTime time = start;
            for (int i = 0; i < count; i++) {
                String row = time.toLocalDate() + " " + twoDigits(time.getHour()) + ":00:00,100.5,101,99.25,100,"
                        + i + ".5\r\n";
                out.write(row.getBytes(StandardCharsets.US_ASCII));
                time = time.plusHours(1);
            }
        }
        MarketDataReader reader = warmedUp();
        Checksum checksum = new Checksum();

        long before = allocatedBytes();
        ReadSummary summary = reader.read(file, checksum);
        long allocated = allocatedBytes() - before;

        assertThat(summary.accepted()).isEqualTo(count);
        assertThat(checksum.priceSum).isEqualTo(count * 10_050_000_000L);
        assertThat(checksum.quantitySum).isEqualTo(((long) count * (count - 1) / 2) * 100_000_000L + count * 50_000_000L);
        long lastSeconds = start.plusHours(count - 1).toEpochSecond(java.time.ZoneOffset.UTC);
        assertThat(checksum.lastTime).isEqualTo(lastSeconds * 1_000_000_000L);
        assertThat(allocated).as("bytes allocated reading %d rows", count).isLessThan(ALLOCATION_BUDGET);
    }

    /** A reader that has read a small file, so that class loading and first-use buffers are not counted. */
    private MarketDataReader warmedUp() throws IOException {
        Path small = Files.writeString(dir.resolve("BTC_1h_0.csv"), "Datetime,Close,High,Low,Open,Volume\n"
                + "2025-03-29 08:00:00,82462.7,82527.7,82145.22,82293.56,634.07629\n");
        Path trades = Files.writeString(dir.resolve("warm-up.csv"), "timestamp,price,amount\n1385337600,800.01,0.1\n");
        MarketDataReader reader = new MarketDataReader(ReadOptions.defaults());
        reader.read(small, new Checksum());
        reader.read(trades, new Checksum());
        return reader;
    }

    private static String eightDigits(long value) {
        String digits = Long.toString(value);
        return "0".repeat(8 - digits.length()) + digits;
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}

package io.quantagent.agents.pattern;

/**
 * The swing points of a window: a zigzag over the bars' highs and lows that reverses once price has moved
 * a threshold back from the running extreme. Points alternate between highs and lows; each has its bar
 * index and price. Every point but the last is confirmed; the last is the extreme of the leg in progress.
 */
final class SwingPoints {

    /** Kind of a swing high. */
    static final int HIGH = 1;
    /** Kind of a swing low. */
    static final int LOW = -1;

    private final int[] index;
    private final double[] price;
    private final int[] kind;
    private int count;

    SwingPoints(int capacity) {
        index = new int[capacity];
        price = new double[capacity];
        kind = new int[capacity];
    }

    /** Recomputes the points of bars [0, n) with a reversal threshold in price units. */
    void compute(double[] high, double[] low, int n, double threshold) {
        count = 0;
        if (n == 0 || !(threshold > 0)) {
            return;
        }
        int trend = 0;
        double hi = high[0];
        double lo = low[0];
        int hiIndex = 0;
        int loIndex = 0;
        for (int i = 1; i < n; i++) {
            if (trend == 0) {
                if (high[i] > hi) {
                    hi = high[i];
                    hiIndex = i;
                }
                if (low[i] < lo) {
                    lo = low[i];
                    loIndex = i;
                }
                if (hi - lo >= threshold && loIndex != hiIndex) {
                    if (loIndex < hiIndex) {
                        add(loIndex, lo, LOW);
                        trend = HIGH;
                    } else {
                        add(hiIndex, hi, HIGH);
                        trend = LOW;
                    }
                }
            } else if (trend == HIGH) {
                if (high[i] > hi) {
                    hi = high[i];
                    hiIndex = i;
                } else if (hi - low[i] >= threshold) {
                    add(hiIndex, hi, HIGH);
                    trend = LOW;
                    lo = low[i];
                    loIndex = i;
                }
            } else {
                if (low[i] < lo) {
                    lo = low[i];
                    loIndex = i;
                } else if (high[i] - lo >= threshold) {
                    add(loIndex, lo, LOW);
                    trend = HIGH;
                    hi = high[i];
                    hiIndex = i;
                }
            }
        }
        if (trend == HIGH) {
            add(hiIndex, hi, HIGH);
        } else if (trend == LOW) {
            add(loIndex, lo, LOW);
        }
    }

    private void add(int barIndex, double barPrice, int pointKind) {
        index[count] = barIndex;
        price[count] = barPrice;
        kind[count] = pointKind;
        count++;
    }

    /** All points, the provisional last one included. */
    int count() {
        return count;
    }

    /** Points whose reversal has happened (all but the last). */
    int confirmedCount() {
        return count == 0 ? 0 : count - 1;
    }

    int index(int point) {
        return index[point];
    }

    double price(int point) {
        return price[point];
    }

    int kind(int point) {
        return kind[point];
    }

    boolean isHigh(int point) {
        return kind[point] == HIGH;
    }
}

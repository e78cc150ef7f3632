package io.quantagent.engine.pipeline;

import io.quantagent.engine.data.FixedPoint;
import io.quantagent.engine.feed.Instrument;
import java.util.List;

/** The fixed-point bars of a slot as the doubles the agents take (analytics), by each instrument's scales. */
final class BarValues {

    private final int[] priceDecimals;
    private final int[] quantityDecimals;

    BarValues(List<Instrument> instruments) {
        int n = instruments.size();
        priceDecimals = new int[n];
        quantityDecimals = new int[n];
        for (int i = 0; i < n; i++) {
            priceDecimals[i] = instruments.get(i).scales().priceDecimals();
            quantityDecimals[i] = instruments.get(i).scales().quantityDecimals();
        }
    }

    double price(int instrument, long value) {
        return FixedPoint.toDouble(value, priceDecimals[instrument]);
    }

    double quantity(int instrument, long value) {
        return FixedPoint.toDouble(value, quantityDecimals[instrument]);
    }

    /** A double price as a fixed-point price of the instrument, rounded to the nearest unit. */
    long fixedPrice(int instrument, double value) {
        return FixedPoint.fromDouble(value, priceDecimals[instrument]);
    }

    int count() {
        return priceDecimals.length;
    }
}

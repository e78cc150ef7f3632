package io.quantagent.engine.feed;

import io.quantagent.engine.data.Scales;
import java.util.Objects;

/**
 * One instrument an engine trades: its id (the index in the engine's instrument table), its name and the
 * fixed-point scales of its prices and quantities.
 *
 * @param id the instrument id, 0 to count - 1
 * @param name the name, such as {@code BTC/USD}
 * @param scales decimals of prices and quantities
 */
public record Instrument(int id, String name, Scales scales) {

    public Instrument {
        if (id < 0) {
            throw new IllegalArgumentException("instrument ids are not negative, was " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scales, "scales");
    }
}

package io.quantagent.engine.feed.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void ceilingDoublesFromTheBaseUpToTheCap() {
        Backoff backoff = new Backoff(100, 1_000, new SplittableRandom(1));
        assertThat(backoff.ceilingNanos(1)).isEqualTo(100);
        assertThat(backoff.ceilingNanos(2)).isEqualTo(200);
        assertThat(backoff.ceilingNanos(3)).isEqualTo(400);
        assertThat(backoff.ceilingNanos(4)).isEqualTo(800);
        assertThat(backoff.ceilingNanos(5)).isEqualTo(1_000);
        assertThat(backoff.ceilingNanos(64)).isEqualTo(1_000);
    }

    @Test
    void delayIsTheRandomFractionOfTheCeiling() {
        Backoff backoff = new Backoff(1_000, 1_000_000, new FixedRandom(0.5, 0.25, 0.999));
        assertThat(backoff.delayNanos(1)).isEqualTo(500);
        assertThat(backoff.delayNanos(2)).isEqualTo(500);
        assertThat(backoff.delayNanos(3)).isEqualTo(3_996);
    }

    @Property
    void delayStaysBelowTheCeiling(@ForAll @IntRange(min = 1, max = 100) int attempt, @ForAll long seed) {
        Backoff backoff = new Backoff(500_000_000L, 30_000_000_000L, new SplittableRandom(seed));
        long delay = backoff.delayNanos(attempt);
        assertThat(delay).isBetween(0L, backoff.ceilingNanos(attempt) - 1);
        assertThat(backoff.ceilingNanos(attempt)).isBetween(500_000_000L, 30_000_000_000L);
    }
}

package io.quantagent.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExecutionConfigTest {

    @Test
    void ratesInBasisPointsBecomeCentiBpsExactly() {
        assertThat(ExecutionConfig.centiBps(7.5)).isEqualTo(750);
        assertThat(ExecutionConfig.centiBps(0.01)).isEqualTo(1);
        assertThat(ExecutionConfig.centiBps(new BigDecimal("10"))).isEqualTo(1_000);
        assertThat(ExecutionConfig.centiBps(new BigDecimal("2.25"))).isEqualTo(225);
    }

    @Test
    void ratesFinerThanAHundredthOfABasisPointAreRefused() {
        assertThatThrownBy(() -> ExecutionConfig.centiBps(0.005)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecutionConfig.centiBps(new BigDecimal("1.125")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void negativeCostsAndOddPoolSizesAreRefused() {
        assertThatThrownBy(() -> ExecutionConfig.FRICTIONLESS.withLatencyNanos(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecutionConfig.FRICTIONLESS.withFeeCentiBps(ExecutionConfig.CENTI_BPS_PER_ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecutionConfig.FRICTIONLESS.withMaxOpenOrders(2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ExecutionConfig.FRICTIONLESS.withSlippageTicks(2).slippageTicks()).isEqualTo(2);
    }
}

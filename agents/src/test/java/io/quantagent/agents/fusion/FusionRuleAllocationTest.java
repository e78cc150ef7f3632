package io.quantagent.agents.fusion;

import io.quantagent.agents.DirectionalReport;
import io.quantagent.agents.risk.RiskReport;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static io.quantagent.agents.fusion.FixedReport.longView;
import static io.quantagent.agents.fusion.FixedReport.neutral;
import static io.quantagent.agents.fusion.FixedReport.shortView;
import static org.assertj.core.api.Assertions.assertThat;

class FusionRuleAllocationTest {

    private static final int CALLS = 100_000;
    private static final DirectionalReport[] REPORTS = {
        longView(0.8, 0), shortView(0.6, 3), neutral(), longView(0.3, 12), shortView(0.9, 1)
    };

    @Test
    void decisionsDoNotAllocate() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        FusionRule trading = new FusionRule(FusionParameters.defaults());
        FusionRule benchmark = new FusionRule(FusionParameters.benchmark());
        RiskReport calm = RiskFixtures.calm();
        RiskReport stale = RiskFixtures.stale();
        long checksum = run(trading, benchmark, calm, stale);   // warm up, so the measurement sees compiled code

        long before = threads.getCurrentThreadAllocatedBytes();
        checksum += run(trading, benchmark, calm, stale);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(checksum).isPositive();
        assertThat(allocated).as("bytes allocated over %d decisions", 2 * CALLS).isLessThan(CALLS / 10);
    }

    private static long run(FusionRule trading, FusionRule benchmark, RiskReport calm, RiskReport stale) {
        long checksum = 0;
        for (int i = 0; i < CALLS; i++) {
            DirectionalReport indicator = REPORTS[i % 5];
            DirectionalReport pattern = REPORTS[(i / 5) % 5];
            DirectionalReport trend = REPORTS[(i / 25) % 5];
            double momentum = ((i % 11) - 5) * 0.15;
            double slope = ((i % 3) - 1) * 0.2;
            RiskReport risk = (i & 1) == 0 ? calm : stale;
            checksum += trading.decide(indicator, momentum, pattern, trend, slope, risk).step().ordinal();
            checksum += benchmark.decide(indicator, momentum, pattern, trend, slope, risk).direction().sign() + 1;
        }
        return checksum;
    }
}

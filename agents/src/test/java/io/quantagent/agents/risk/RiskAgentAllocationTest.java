package io.quantagent.agents.risk;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAgentAllocationTest {

    private static final int CALLS = 100_000;

    @Test
    void barsTicksAndEvaluationsDoNotAllocate() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        RiskAgent agent = new RiskAgent(RiskParameters.defaults());
        agent.account(10_000, 12_000, 0.3);
        double checksum = run(agent, 0);   // warm up, so the measurement sees compiled code

        long before = threads.getCurrentThreadAllocatedBytes();
        checksum += run(agent, CALLS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(checksum).isFinite();
        assertThat(allocated).as("bytes allocated over %d bars, ticks and evaluations", CALLS)
                .isLessThan(CALLS / 10);
    }

    private static double run(RiskAgent agent, int offset) {
        double checksum = 0;
        long time = 1_000_000_000_000L + offset * 60_000_000_000L;
        for (int i = 0; i < CALLS; i++) {
            double close = 100 + 5 * Math.sin(i * 0.01) + (i % 7) * 0.1;
            RiskReport r = agent.onBar(time, close, close + 0.5, close - 0.5, close, 10);
            agent.onTick(time + 1_000, close + 0.01);
            checksum += agent.evaluate(time + 2_000).size() + r.veto().ordinal();
            time += 60_000_000_000L;
        }
        return checksum;
    }
}

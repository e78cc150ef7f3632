package io.quantagent.backtest.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterGridTest {

    private static final String GRID = """
            agents.fusion.minStrength: [0.3, 0.5, 0.7]
            agents.trend.lookbackBars: [30, 50]
            bars.timeframe: [1m, 5m]
            """;

    @Test
    void theGridIsEveryCombinationWithTheFirstKeyVaryingSlowest() {
        ParameterGrid grid = ParameterGrid.parse(GRID, "g.yaml");
        assertThat(grid.size()).isEqualTo(12);
        assertThat(grid.keys()).containsExactly("agents.fusion.minStrength", "agents.trend.lookbackBars", "bars.timeframe");
        assertThat(grid.point(0).label()).isEqualTo("agents.fusion.minStrength=0.3, agents.trend.lookbackBars=30, bars.timeframe=1m");
        assertThat(grid.point(1).label()).isEqualTo("agents.fusion.minStrength=0.3, agents.trend.lookbackBars=30, bars.timeframe=5m");
        assertThat(grid.point(2).label()).isEqualTo("agents.fusion.minStrength=0.3, agents.trend.lookbackBars=50, bars.timeframe=1m");
        assertThat(grid.point(11).label()).isEqualTo("agents.fusion.minStrength=0.7, agents.trend.lookbackBars=50, bars.timeframe=5m");
        Set<String> labels = new HashSet<>();
        for (long i = 0; i < grid.size(); i++) {
            labels.add(grid.point(i).label());
        }
        assertThat(labels).hasSize(12);
        assertThatThrownBy(() -> grid.point(12)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void nestedKeysAndSingleValuesReadLikeFlatLists() {
        ParameterGrid nested = ParameterGrid.parse("""
                agents:
                  fusion:
                    minStrength: [0.3, 0.5]
                broker.feeBps: 5
                """, "n.yaml");
        assertThat(nested.keys()).containsExactly("agents.fusion.minStrength", "broker.feeBps");
        assertThat(nested.size()).isEqualTo(2);
        assertThat(nested.point(1).parameters()).containsExactly(
                java.util.Map.entry("agents.fusion.minStrength", "0.5"), java.util.Map.entry("broker.feeBps", "5"));
    }

    @Test
    void theFingerprintIgnoresLayoutButNotValues() {
        String a = ParameterGrid.parse("a.b: [1, 2]\nc: [x]\n", "a").fingerprint();
        String sameInOtherLayout = ParameterGrid.parse("# comment\na:\n  b:\n    - 1\n    - 2\nc: x\n", "b").fingerprint();
        String otherValue = ParameterGrid.parse("a.b: [1, 3]\nc: [x]\n", "c").fingerprint();
        String otherOrder = ParameterGrid.parse("a.b: [2, 1]\nc: [x]\n", "d").fingerprint();
        assertThat(sameInOtherLayout).isEqualTo(a);
        assertThat(otherValue).isNotEqualTo(a);
        assertThat(otherOrder).isNotEqualTo(a);
    }

    @Test
    void badAxesAreReportedWithFileLineAndKey() {
        assertThatThrownBy(() -> ParameterGrid.parse("""
                agents.fusion.minStrength: []
                agents.trend.lookbackBars: [30, 30]
                data.path: [a.csv]
                pipeline.topology: [parallel]
                agents.risk.atrPeriod: [[14]]
                """, "bad.yaml"))
                .isInstanceOf(ResearchException.class)
                .hasMessageContaining("bad.yaml:1:1: agents.fusion.minStrength: an empty list")
                .hasMessageContaining("bad.yaml:2:1: agents.trend.lookbackBars: value '30' is listed twice")
                .hasMessageContaining("bad.yaml:3:1: data.path: the data inputs are not swept")
                .hasMessageContaining("bad.yaml:4:1: pipeline.topology: not swept")
                .hasMessageContaining("bad.yaml:5:1: agents.risk.atrPeriod: value 1 is a list");
    }

    @Test
    void anEmptyFileOrNonYamlIsOneClearLine() {
        assertThatThrownBy(() -> ParameterGrid.parse("", "e.yaml")).hasMessageStartingWith("e.yaml: the grid is empty");
        assertThatThrownBy(() -> ParameterGrid.parse("- 1\n- 2\n", "l.yaml")).hasMessageStartingWith("l.yaml: not a grid");
        assertThatThrownBy(() -> ParameterGrid.parse("a: [1, 2\n", "s.yaml")).hasMessageStartingWith("s.yaml:")
                .hasMessageContaining("not a valid grid");
        assertThatThrownBy(() -> ParameterGrid.parse("a: [1]\na: [2]\n", "d.yaml")).hasMessageContaining("d.yaml:2:")
                .hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void pointsAreBuiltFromTheirIndexAlone() {
        ParameterGrid grid = ParameterGrid.parse("a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
                + "c: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nd: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n", "big.yaml");
        assertThat(grid.size()).isEqualTo(10_000);
        assertThat(grid.point(1234).values()).extracting(v -> v.asInt()).isEqualTo(List.of(2, 3, 4, 5));
    }
}

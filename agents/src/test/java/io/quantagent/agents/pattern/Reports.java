package io.quantagent.agents.pattern;

/** Every observable field of a report (and of every pattern's candidate), for comparing reports in tests. */
final class Reports {

    private Reports() {
    }

    static String describe(PatternReport report) {
        StringBuilder text = new StringBuilder()
                .append(report.pattern()).append('|').append(report.direction()).append('|')
                .append(report.confidence()).append('|').append(report.strength()).append('|')
                .append(report.confirmed()).append('|').append(report.neckline()).append('|')
                .append(report.breakoutLevel()).append('|').append(report.upperLevel()).append('|')
                .append(report.lowerLevel()).append('|').append(report.barsSinceSignal()).append('|')
                .append(report.startBarsAgo()).append('|').append(report.endBarsAgo()).append('|')
                .append(report.startTimeNanos()).append('|').append(report.endTimeNanos()).append('|')
                .append(report.barCloseTimeNanos()).append('|').append(report.warmedUp());
        for (ChartPattern pattern : ChartPattern.values()) {
            text.append('\n').append(report.match(pattern));
        }
        return text.toString();
    }
}

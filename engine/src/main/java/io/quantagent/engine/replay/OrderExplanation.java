package io.quantagent.engine.replay;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.RiskLimitsConfig;
import io.quantagent.engine.journal.Field;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one explanation: the order and its bracket, the event that led to it (input, bar, the four agents,
 * fusion, execution), the pre-trade checks, and what became of the order.
 */
final class OrderExplanation {
    private final EngineConfig config;
    private final long orderId;
    private final List<JournalRecord> event;
    private final JournalRecord order;
    private final long sequence;

    OrderExplanation(EngineConfig config, long orderId, List<JournalRecord> event, JournalRecord order) {
        this.config = config;
        this.orderId = orderId;
        this.event = event;
        this.order = order;
        this.sequence = order.inputSequence();
    }

    String text(JournalReader reader) {
        StringBuilder out = new StringBuilder(2048);
        headline(out);
        out.append("\nWhy:\n");
        JournalRecord input = first(RecordType.INPUT, null);
        if (input != null) {
            out.append("  Input: ").append(fields(input)).append('\n');
        }
        for (JournalRecord bar : all(RecordType.BAR)) {
            out.append("  Bar closed: ").append(fields(bar)).append('\n');
        }
        agent(out, "Indicator agent", "INDICATOR");
        agent(out, "Pattern agent", "PATTERN");
        agent(out, "Trend agent", "TREND");
        agent(out, "Risk agent", "RISK");
        fusion(out);
        JournalRecord action = first(RecordType.ACTION, null);
        if (action != null) {
            execution(out, action);
        }
        riskChecks(out);
        outcome(out, reader);
        return out.toString();
    }

    private void headline(StringBuilder out) {
        if (order.type() == RecordType.REJECT) {
            out.append("Order ").append(orderId).append(" (").append(order.instrumentName())
                    .append(") was refused at ").append(Field.timeText(order.timeNanos())).append(" on input #")
                    .append(sequence).append(": ").append(order.value("reason")).append('\n');
            return;
        }
        out.append("Order ").append(orderId).append(": ").append(order.value("side")).append(' ')
                .append(order.value("order_type")).append(' ').append(order.value("quantity")).append(' ')
                .append(order.instrumentName());
        if (!"MARKET".equals(order.value("order_type"))) {
            out.append(" at ").append(order.value("price"));
        }
        out.append(", accepted at ").append(Field.timeText(order.timeNanos())).append(" on input #")
                .append(sequence).append('\n');
        String parent = order.value("parent");
        long bracket = "0".equals(parent) ? orderId : Long.parseLong(parent);
        for (JournalRecord other : all(RecordType.ORDER)) {
            String id = other.value("order");
            if (id.equals(Long.toString(bracket)) && bracket != orderId) {
                out.append("  part of bracket ").append(bracket).append(", whose entry is ")
                        .append(other.value("side")).append(' ').append(other.value("order_type")).append(' ')
                        .append(other.value("quantity")).append('\n');
            }
            if (Long.toString(bracket).equals(other.value("parent"))) {
                String role = other.value("order_type").equals("STOP") ? "stop-loss" : "take-profit";
                out.append("  ").append(role).append(": order ").append(id).append(' ')
                        .append(other.value("side")).append(' ').append(other.value("order_type"))
                        .append(" at ").append(other.value("price")).append('\n');
            }
        }
    }

    private void agent(StringBuilder out, String name, String agent) {
        JournalRecord signal = first(RecordType.SIGNAL, agent);
        out.append("  ").append(name).append(": ");
        out.append(signal == null ? "no report on this event" : fields(signal, "agent")).append('\n');
    }

    private void fusion(StringBuilder out) {
        JournalRecord decision = first(RecordType.DECISION, null);
        if (decision == null) {
            out.append("  Fusion: no decision on this event\n");
            return;
        }
        out.append("  Fusion: ").append(decision.value("direction")).append(" by ")
                .append(decision.value("step")).append(" (the rule's signal ").append(decision.value("signal"))
                .append(" by ").append(decision.value("signal_step")).append(", confidence ")
                .append(decision.value("confidence")).append(", ").append(decision.value("mode"))
                .append(" mode, minimum confidence ").append(config.agents().fusion().minStrength())
                .append(")\n");
        out.append("    scores: indicator ").append(decision.value("indicator_score")).append(" towards ")
                .append(decision.value("indicator_score_direction")).append(", pattern ")
                .append(decision.value("pattern_score")).append(" towards ")
                .append(decision.value("pattern_score_direction")).append(", trend ")
                .append(decision.value("trend_score")).append(" towards ")
                .append(decision.value("trend_score_direction")).append("; momentum ")
                .append(decision.value("momentum")).append(", slope ").append(decision.value("slope"))
                .append('\n');
        out.append("    intent: ").append(decision.value("intent")).append(" from ")
                .append(decision.value("intent_entry")).append(", stop-loss ")
                .append(decision.value("intent_stop")).append(", take-profit ")
                .append(decision.value("intent_target")).append(" (reward/risk ")
                .append(decision.value("reward_risk")).append(")\n");
    }

    private void execution(StringBuilder out, JournalRecord action) {
        out.append("  Execution: ").append(action.value("action")).append(' ')
                .append(action.value("direction")).append(", quantity ").append(action.value("quantity"));
        if ("OPEN".equals(action.value("action"))) {
            out.append(": ").append(config.agents().risk().riskFraction()).append(" of equity ")
                    .append(action.value("equity")).append(" at risk over a stop distance of ")
                    .append(action.value("stop_distance"))
                    .append(", capped by the exposure left and the position limit");
        } else if ("CLOSE".equals(action.value("action"))) {
            out.append(": the decision points the other way, so the position is closed (no reversal)");
        }
        out.append('\n');
    }

    private void riskChecks(StringBuilder out) {
        RiskLimitsConfig risk = config.risk();
        if (order.type() == RecordType.REJECT) {
            out.append("  Pre-trade risk refused it: ").append(order.value("reason")).append('\n');
            return;
        }
        out.append("  Pre-trade risk passed: instrument not halted, kill switch off (drawdown below ")
                .append(risk.killSwitchDrawdown()).append("), daily loss below ")
                .append(risk.dailyLossLimit().toPlainString()).append(", at most ")
                .append(risk.maxOrdersPerMinute()).append(" orders a minute, prices within ")
                .append(risk.priceBandBps()).append(" bps of the last trade, position value at most ")
                .append(risk.maxPositionNotional().toPlainString()).append(", total at most ")
                .append(risk.maxTotalNotional().toPlainString()).append('\n');
    }

    private void outcome(StringBuilder out, JournalReader reader) {
        if (order.type() == RecordType.REJECT) {
            return;
        }
        out.append("\nWhat became of it:\n");
        String id = Long.toString(orderId);
        boolean any = false;
        for (JournalRecord record : event) {
            if (record.inputSequence() != sequence && ended(record, id)) {
                out.append("  ").append(record.text()).append('\n');
                any = true;
            }
        }
        JournalRecord record;
        while (!any && (record = reader.next()) != null) {
            if (ended(record, id)) {
                out.append("  ").append(record.text()).append('\n');
                any = true;
            }
        }
        if (!any) {
            out.append("  still open when the journal ends\n");
        }
    }

    private static boolean ended(JournalRecord record, String id) {
        return (record.type() == RecordType.FILL || record.type() == RecordType.CANCEL)
                && id.equals(record.value("order"));
    }

    private JournalRecord first(RecordType type, String agent) {
        for (JournalRecord record : event) {
            if (record.inputSequence() == sequence && record.type() == type
                    && (agent == null || agent.equals(record.agent()))) {
                return record;
            }
        }
        return null;
    }

    private List<JournalRecord> all(RecordType type) {
        List<JournalRecord> list = new ArrayList<>();
        for (JournalRecord record : event) {
            if (record.inputSequence() == sequence && record.type() == type) {
                list.add(record);
            }
        }
        return list;
    }

    private static String fields(JournalRecord record, String... skip) {
        StringBuilder text = new StringBuilder();
        for (Field field : record.fields()) {
            if (List.of(skip).contains(field.name())) {
                continue;
            }
            text.append(text.isEmpty() ? "" : " ").append(field.name()).append('=').append(field.valueText());
        }
        return text.toString();
    }
}

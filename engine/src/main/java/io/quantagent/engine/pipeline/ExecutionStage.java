package io.quantagent.engine.pipeline;

import io.quantagent.agents.Direction;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.execution.OrderType;
import io.quantagent.engine.execution.PaperBroker;
import io.quantagent.engine.execution.Side;
import io.quantagent.engine.execution.TimeInForce;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.Portfolio;
import io.quantagent.engine.risk.PreTradeRisk;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper broker and the portfolio, on one thread (the single writer of the account). On every event it
 * first halts the instrument (reduce-only) if a stage before it faulted on it, then hands the market event to
 * the broker, which fills working orders (stops and targets act on the tick that crosses them), and then acts
 * on the aggregator's intent:
 * <ul>
 *   <li>flat (no position, no entry pending): open a bracket, a market entry with the intent's stop-loss and
 *       take-profit, sized by {@link PositionSizer} from this thread's live equity; skipped, and journaled as
 *       such, when equity is down by the Risk agent's maximum drawdown or the size is zero;</li>
 *   <li>positioned or entering the same way: hold;</li>
 *   <li>positioned or entering the other way: cancel the instrument's open orders and close the position at
 *       market. No reversal on the same decision: a later decision may open the other way.</li>
 * </ul>
 * Every new order passes the broker's pre-trade risk; refusals are journaled. What happened is written into
 * the slot's execution section.
 *
 * <p>Operator commands arrive as {@link InputKind#CONTROL} inputs, so that a replay repeats them: halt makes every
 * instrument reduce-only (new entries are refused as {@code INSTRUMENT_HALTED}; working orders that would add to a
 * position are cancelled), resume lifts that halt except on instruments a stage fault halted, and flatten
 * cancels every working order and closes every position at market.
 */
public final class ExecutionStage implements Stage {

    private static final long MILLION = 1_000_000;

    private final ExecutionRecorder recorder = new ExecutionRecorder();
    private final Portfolio portfolio;
    private final PaperBroker broker;
    private final PositionSizer sizer;
    private final long maxDrawdownPpm;
    private final Scales[] scales;
    private final boolean[] faultHalted;
    private boolean operatorHalted;

    /** The broker, portfolio and risk checks of a run over these instruments. */
    public ExecutionStage(EngineConfig config, List<Instrument> instruments) {
        List<Scales> all = new ArrayList<>(instruments.size());
        for (Instrument instrument : instruments) {
            all.add(instrument.scales());
        }
        this.scales = all.toArray(new Scales[0]);
        this.portfolio = new Portfolio(all, BrokerSettings.startingCash(config.broker()));
        PreTradeRisk risk = new PreTradeRisk(portfolio, BrokerSettings.limits(config.risk(), instruments.size()),
                recorder);
        this.broker = new PaperBroker(BrokerSettings.execution(config.broker()), portfolio, risk, recorder);
        this.sizer = new PositionSizer(config.agents().risk().riskFraction(), 1.0,
                BrokerSettings.maxPositionNotional(config.risk()));
        this.maxDrawdownPpm = Math.round(config.agents().risk().maxDrawdown() * MILLION);
        this.faultHalted = new boolean[instruments.size()];
    }

    @Override
    public StageId id() {
        return StageId.EXECUTION;
    }

    @Override
    public void onEvent(MarketEvent event) {
        ExecutionSection out = event.execution;
        out.clear();
        recorder.target(out);
        InputSection in = event.input;
        int instrument = in.instrument;
        try {
            if (in.kind == InputKind.CONTROL) {
                control(ControlCommand.ofCode(in.command), in.timeNanos);
                return;
            }
            FaultSection faults = event.faults;
            if (faults.faulted(StageId.BARS) || faults.faulted(StageId.INDICATOR) || faults.faulted(StageId.PATTERN)
                    || faults.faulted(StageId.TREND) || faults.faulted(StageId.RISK)
                    || faults.faulted(StageId.AGGREGATOR)) {
                faultHalted[instrument] = true;
                broker.halt(instrument, in.timeNanos);
            }
            if (in.kind == InputKind.TRADE) {
                broker.onTrade(instrument, in.timeNanos, in.price);
            } else if (in.kind == InputKind.BAR) {
                broker.onBar(instrument, in.openTimeNanos, in.closeTimeNanos, in.open, in.high, in.low, in.close);
            }
            DecisionSection decision = event.decision;
            if (decision.intent != Direction.NEUTRAL && faults.ok(StageId.AGGREGATOR)) {
                act(decision, instrument, in.timeNanos);
            }
        } catch (RuntimeException e) {
            try {
                faultHalted[instrument] = true;
                broker.halt(instrument, in.timeNanos);
            } catch (RuntimeException halting) {
                e.addSuppressed(halting);
            }
            throw e;
        }
    }

    private void control(ControlCommand command, long timeNanos) {
        int n = scales.length;
        switch (command) {
            case HALT -> {
                operatorHalted = true;
                for (int i = 0; i < n; i++) {
                    broker.halt(i, timeNanos);
                }
            }
            case RESUME -> {
                operatorHalted = false;
                for (int i = 0; i < n; i++) {
                    if (!faultHalted[i]) {
                        broker.resume(i, timeNanos);
                    }
                }
            }
            case FLATTEN -> {
                for (int i = 0; i < n; i++) {
                    broker.cancelAll(i, timeNanos);
                    long position = portfolio.position(i);
                    if (position != 0) {
                        broker.submitMarket(i, position > 0 ? Side.SELL : Side.BUY, Math.abs(position), timeNanos);
                    }
                }
            }
        }
    }

    private void act(DecisionSection intent, int instrument, long timeNanos) {
        int want = intent.intent.sign();
        long position = portfolio.position(instrument);
        int held = Long.signum(position);
        if (held == 0) {
            held = broker.openQuantity(instrument, Side.BUY) > 0 ? 1
                    : broker.openQuantity(instrument, Side.SELL) > 0 ? -1 : 0;
        }
        long equity = portfolio.equity();
        long stopDistance = Math.abs(intent.entryPrice - intent.stopPrice);
        if (held == want) {
            recorder.action(ExecutionAction.HOLD, want, 0, equity, stopDistance, 0, instrument, timeNanos);
        } else if (held != 0) {
            long quantity = Math.abs(position);
            long orderId = quantity > 0 ? broker.nextOrderId() : 0;
            recorder.action(ExecutionAction.CLOSE, want, quantity, equity, stopDistance, orderId, instrument,
                    timeNanos);
            broker.cancelAll(instrument, timeNanos);
            if (quantity > 0) {
                broker.submitMarket(instrument, position > 0 ? Side.SELL : Side.BUY, quantity, timeNanos);
            }
        } else {
            open(intent, want, equity, stopDistance, instrument, timeNanos);
        }
    }

    private void open(DecisionSection intent, int want, long equity, long stopDistance, int instrument,
            long timeNanos) {
        long highWater = portfolio.highWaterMark();
        if (highWater > 0 && portfolio.drawdown() >= Money.mulDiv(highWater, maxDrawdownPpm, MILLION,
                RoundingMode.CEILING)) {
            recorder.action(ExecutionAction.SKIP_DRAWDOWN, want, 0, equity, stopDistance, 0, instrument, timeNanos);
            return;
        }
        long quantity = sizer.size(equity, portfolio.grossExposure(), intent.entryPrice, stopDistance,
                scales[instrument]);
        if (quantity <= 0) {
            recorder.action(ExecutionAction.SKIP_ZERO_SIZE, want, 0, equity, stopDistance, 0, instrument, timeNanos);
            return;
        }
        recorder.action(ExecutionAction.OPEN, want, quantity, equity, stopDistance, broker.nextOrderId(), instrument,
                timeNanos);
        broker.submitBracket(instrument, want > 0 ? Side.BUY : Side.SELL, quantity, OrderType.MARKET, 0,
                TimeInForce.GTC, intent.stopPrice, intent.targetPrice, timeNanos);
    }

    /** Whether an operator halt is in force (read it only once the pipeline has stopped). */
    public boolean operatorHalted() {
        return operatorHalted;
    }

    /** The account (read it only once the pipeline has stopped). */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** The broker (read it only once the pipeline has stopped). */
    public PaperBroker broker() {
        return broker;
    }

    /** Orders the broker accepted. */
    public long ordersAccepted() {
        return recorder.ordersAccepted;
    }

    /** Orders the broker refused. */
    public long ordersRejected() {
        return recorder.ordersRejected;
    }

    /** Fills. */
    public long fills() {
        return recorder.fills;
    }

    /** Cancellations. */
    public long cancels() {
        return recorder.cancels;
    }
}

package io.quantagent.agents.risk;

/**
 * The Risk agent of one instrument: keeps the ATR and realised volatility of its bars, the last trade price
 * and data time, and the account figures its caller hands it, and turns them into a {@link RiskReport}.
 *
 * <p>Pure and single-threaded: time comes only from the events and from the evaluation time the caller
 * passes. Bars, ticks and evaluations do not allocate; the report is reused.
 *
 * <p>Sizing: {@code size = floorToLots(min(riskFraction * equity / stopDistance, (maxExposure - exposure) *
 * equity / price))}, so a stop-out loses at most {@code riskFraction} of equity and the exposure limit holds.
 * Exposure is whatever gross exposure the caller measures against {@code maxExposure} (for example the whole
 * account's, or this instrument's).
 */
public final class RiskAgent {

    /** Lot rounding tolerance: 0.3 / 0.1 is 2.9999999999999996 in doubles and must still make 3 lots. */
    private static final double LOT_EPSILON = 1e-9;

    private final RiskParameters parameters;
    private final WilderAtr atr;
    private final RealisedVolatility volatility;
    private final RiskReport report;
    private long lastDataTimeNanos = Long.MIN_VALUE;
    private double markPrice = Double.NaN;
    private double equity = Double.NaN;
    private double peakEquity = Double.NaN;
    private double exposure;
    private boolean feedStale;

    /** A Risk agent with these parameters and no data yet. */
    public RiskAgent(RiskParameters parameters) {
        this.parameters = parameters;
        this.atr = new WilderAtr(parameters.atrPeriod());
        this.volatility = new RealisedVolatility(parameters.volatilityWindow());
        this.report = new RiskReport(parameters);
    }

    /** The parameters of this agent. */
    public RiskParameters parameters() {
        return parameters;
    }

    /**
     * Takes a closed bar (positive prices, low at most high) and returns the report evaluated at its close
     * time. The volume is checked but not used by the risk readings.
     */
    public RiskReport onBar(long closeTimeNanos, double open, double high, double low, double close, double volume) {
        if (!(low > 0 && low <= high && open >= low && open <= high && close >= low && close <= high
                && Double.isFinite(high) && volume >= 0 && Double.isFinite(volume))) {
            throw new IllegalArgumentException(badBar(closeTimeNanos, open, high, low, close, volume));
        }
        atr.update(high, low, close);
        volatility.update(close);
        if (closeTimeNanos >= lastDataTimeNanos) {
            lastDataTimeNanos = closeTimeNanos;
            markPrice = close;
        }
        return evaluate(closeTimeNanos);
    }

    /**
     * Takes a trade: it marks the reference price and refreshes the data time (a trade older than the last
     * data is ignored). Non-positive or non-finite prices are ignored. Does not re-evaluate the report.
     */
    public void onTick(long timeNanos, double price) {
        if (timeNanos >= lastDataTimeNanos && price > 0 && price < Double.POSITIVE_INFINITY) {
            lastDataTimeNanos = timeNanos;
            markPrice = price;
        }
    }

    /**
     * Hands the agent the account figures new entries are sized and vetoed from: equity (finite), the peak
     * equity the drawdown is measured from (finite; the larger of it and equity is used), and the current gross
     * exposure as a fraction of equity (finite, non-negative). Takes effect at the next evaluation.
     */
    public void account(double equity, double peakEquity, double exposure) {
        if (!Double.isFinite(equity) || !Double.isFinite(peakEquity) || !(exposure >= 0 && Double.isFinite(exposure))) {
            throw new IllegalArgumentException("account figures must be finite (exposure non-negative): equity "
                    + equity + ", peak equity " + peakEquity + ", exposure " + exposure);
        }
        this.equity = equity;
        this.peakEquity = Math.max(peakEquity, equity);
        this.exposure = exposure;
    }

    /**
     * The caller's feed says whether this instrument's data is current (a live feed that went silent or lost its
     * connection is not): while stale, every evaluation vetoes new entries as {@link VetoReason#STALE_DATA}, as it
     * does when the data's own time is too old. Takes effect at the next evaluation.
     */
    public void feedStale(boolean stale) {
        this.feedStale = stale;
    }

    /** Re-evaluates the report at {@code nowNanos} (the time of the event being handled) and returns it. */
    public RiskReport evaluate(long nowNanos) {
        RiskReport r = report;
        r.timeNanos = nowNanos;
        r.referencePrice = markPrice;
        r.atr = atr.value();
        r.volatility = volatility.value();
        r.equity = equity;
        r.exposure = exposure;
        r.stalenessNanos = staleness(nowNanos);
        r.drawdown = drawdown();
        double vol = r.volatility;
        r.calm = vol >= 0 ? clamp01(1.0 - vol / parameters.maxVolatility()) : 0.0;

        boolean warm = atr.isWarm() && volatility.isWarm() && markPrice > 0;
        double distance = parameters.stopAtrMultiple() * r.atr;
        r.stopDistance = warm && distance > 0 ? distance : Double.NaN;
        r.size = r.stopDistance > 0 && equity > 0 ? size(r.stopDistance, markPrice) : 0.0;
        r.veto = veto(r, warm);
        return r;
    }

    /** The last report (reused; copy it to keep it). */
    public RiskReport report() {
        return report;
    }

    private long staleness(long nowNanos) {
        if (lastDataTimeNanos == Long.MIN_VALUE) {
            return Long.MAX_VALUE;
        }
        long age = nowNanos - lastDataTimeNanos;
        if (((nowNanos ^ lastDataTimeNanos) & (nowNanos ^ age)) < 0) {
            return nowNanos < lastDataTimeNanos ? 0 : Long.MAX_VALUE;
        }
        return Math.max(0, age);
    }

    private double drawdown() {
        if (Double.isNaN(equity)) {
            return Double.NaN;
        }
        if (equity <= 0 || peakEquity <= 0) {
            return 1.0;
        }
        return clamp01((peakEquity - equity) / peakEquity);
    }

    private double size(double stopDistance, double price) {
        double byRisk = parameters.riskFraction() * equity / stopDistance;
        double byExposure = (parameters.maxExposure() - exposure) * equity / price;
        double quantity = Math.min(byRisk, byExposure);
        if (!(quantity > 0)) {
            return 0.0;
        }
        double lot = parameters.lotSize();
        double lots = Math.floor(quantity / lot + LOT_EPSILON);
        return lots * lot;
    }

    private VetoReason veto(RiskReport r, boolean warm) {
        if (!warm) {
            return VetoReason.NOT_WARMED_UP;
        }
        if (feedStale || r.stalenessNanos > parameters.maxStalenessNanos()) {
            return VetoReason.STALE_DATA;
        }
        if (!(r.stopDistance > 0)) {
            return VetoReason.ZERO_RANGE;
        }
        if (r.volatility > parameters.maxVolatility() || r.stopDistance >= r.referencePrice) {
            return VetoReason.VOLATILITY_TOO_HIGH;
        }
        if (!(equity > 0)) {
            return VetoReason.NO_EQUITY;
        }
        if (r.drawdown >= parameters.maxDrawdown()) {
            return VetoReason.MAX_DRAWDOWN;
        }
        if (exposure >= parameters.maxExposure()) {
            return VetoReason.MAX_EXPOSURE;
        }
        if (!(r.size > 0)) {
            return VetoReason.ZERO_SIZE;
        }
        return VetoReason.NONE;
    }

    private static double clamp01(double value) {
        return value < 0 ? 0.0 : Math.min(value, 1.0);
    }

    private static String badBar(long time, double open, double high, double low, double close, double volume) {
        return "bad bar at " + time + ": open " + open + ", high " + high + ", low " + low + ", close " + close
                + ", volume " + volume + " (prices must be positive and finite with low <= open, close <= high,"
                + " volume finite and non-negative)";
    }
}

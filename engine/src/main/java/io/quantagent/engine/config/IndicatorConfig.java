package io.quantagent.engine.config;

/**
 * The Indicator agent's readings (section {@code agents.indicator}); defaults are the paper's. Periods are in
 * bars.
 *
 * @param rsiPeriod RSI period, 2 to 500; default 14
 * @param rsiOverbought RSI above this is overbought, 0 to 100; default 70
 * @param rsiOversold RSI below this is oversold, 0 to 100 and below {@code rsiOverbought}; default 30
 * @param macdFast MACD fast EMA, 2 to 500; default 12
 * @param macdSlow MACD slow EMA, 2 to 500 and greater than {@code macdFast}; default 26
 * @param macdSignal MACD signal EMA, 2 to 500; default 9
 * @param stochasticK Stochastic %K look-back, 2 to 500; default 14
 * @param stochasticSmooth smoothing of %K, 1 to 50; default 3
 * @param stochasticD %D (moving average of %K), 1 to 50; default 3
 * @param stochasticOverbought %K above this is overbought, 0 to 100; default 80
 * @param stochasticOversold %K below this is oversold, 0 to 100 and below {@code stochasticOverbought}; default 20
 * @param rocPeriod rate of change period, 1 to 500; default 10
 * @param williamsRPeriod Williams %R period, 2 to 500; default 14
 * @param williamsROverbought %R above this is overbought, -100 to 0; default -20
 * @param williamsROversold %R below this is oversold, -100 to 0 and below {@code williamsROverbought}; default -80
 */
public record IndicatorConfig(
        int rsiPeriod,
        double rsiOverbought,
        double rsiOversold,
        int macdFast,
        int macdSlow,
        int macdSignal,
        int stochasticK,
        int stochasticSmooth,
        int stochasticD,
        double stochasticOverbought,
        double stochasticOversold,
        int rocPeriod,
        int williamsRPeriod,
        double williamsROverbought,
        double williamsROversold) {

    private static final IndicatorConfig DEFAULTS = new IndicatorConfig(14, 70, 30, 12, 26, 9, 14, 3, 3, 80, 20, 10, 14, -20, -80);

    public IndicatorConfig {
        Checks checks = new Checks()
                .between("rsiPeriod", rsiPeriod, 2, 500)
                .between("rsiOverbought", rsiOverbought, 0, 100)
                .between("rsiOversold", rsiOversold, 0, 100)
                .between("macdFast", macdFast, 2, 500)
                .between("macdSlow", macdSlow, 2, 500)
                .between("macdSignal", macdSignal, 2, 500)
                .between("stochasticK", stochasticK, 2, 500)
                .between("stochasticSmooth", stochasticSmooth, 1, 50)
                .between("stochasticD", stochasticD, 1, 50)
                .between("stochasticOverbought", stochasticOverbought, 0, 100)
                .between("stochasticOversold", stochasticOversold, 0, 100)
                .between("rocPeriod", rocPeriod, 1, 500)
                .between("williamsRPeriod", williamsRPeriod, 2, 500)
                .between("williamsROverbought", williamsROverbought, -100, 0)
                .between("williamsROversold", williamsROversold, -100, 0);
        checks.require(rsiOversold < rsiOverbought, "rsiOversold",
                        "must be below rsiOverbought (" + Checks.text(rsiOverbought) + "), was " + Checks.text(rsiOversold))
                .require(macdSlow > macdFast, "macdSlow",
                        "must be greater than macdFast (" + macdFast + "), was " + macdSlow)
                .require(stochasticOversold < stochasticOverbought, "stochasticOversold",
                        "must be below stochasticOverbought (" + Checks.text(stochasticOverbought) + "), was "
                                + Checks.text(stochasticOversold))
                .require(williamsROversold < williamsROverbought, "williamsROversold",
                        "must be below williamsROverbought (" + Checks.text(williamsROverbought) + "), was "
                                + Checks.text(williamsROversold))
                .done();
    }

    /** RSI(14) 70/30, MACD(12, 26, 9), Stochastic(14, 3, 3) 80/20, ROC(10), Williams %R(14) -20/-80. */
    public static IndicatorConfig defaults() {
        return DEFAULTS;
    }
}

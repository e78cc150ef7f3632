package io.quantagent.engine.portfolio;

import java.util.List;

/**
 * The whole account at one moment, copied out of a {@link Portfolio} for reports, journals and comparisons
 * (value equality). Every amount is at {@link Money#DECIMALS}.
 *
 * @param startingCash the cash the account started with
 * @param cash the cash now
 * @param equity cash plus marked positions
 * @param realisedPnl realised PnL before fees, all instruments
 * @param unrealisedPnl unrealised PnL, all instruments
 * @param fees fees paid, all instruments
 * @param grossExposure the sum of the absolute marked values
 * @param netExposure the sum of the signed marked values
 * @param highWaterMark the highest equity seen
 * @param drawdown the high-water mark minus equity
 * @param positions one entry per instrument, by id
 */
public record PortfolioSnapshot(long startingCash, long cash, long equity, long realisedPnl, long unrealisedPnl,
        long fees, long grossExposure, long netExposure, long highWaterMark, long drawdown,
        List<PositionSnapshot> positions) {

    public PortfolioSnapshot {
        positions = List.copyOf(positions);
    }
}

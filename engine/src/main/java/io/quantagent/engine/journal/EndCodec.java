package io.quantagent.engine.journal;

import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.PortfolioSnapshot;
import io.quantagent.engine.portfolio.PositionSnapshot;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/**
 * END records: the run's counts, the account (starting cash, cash, equity, realised and unrealised PnL, fees,
 * gross exposure, high-water mark), then each instrument's position, average price, realised PnL, fees and mark.
 */
final class EndCodec {

    private EndCodec() {
    }

    static void write(Bytes<?> out, RunCounts counts, PortfolioSnapshot account) {
        out.writeLong(counts.inputs());
        out.writeLong(counts.bars());
        out.writeLong(counts.decisions());
        out.writeLong(counts.ordersAccepted());
        out.writeLong(counts.ordersRejected());
        out.writeLong(counts.fills());
        out.writeLong(counts.cancels());
        out.writeLong(counts.faults());
        out.writeLong(counts.refusedInputs());
        out.writeLong(account.startingCash());
        out.writeLong(account.cash());
        out.writeLong(account.equity());
        out.writeLong(account.realisedPnl());
        out.writeLong(account.unrealisedPnl());
        out.writeLong(account.fees());
        out.writeLong(account.grossExposure());
        out.writeLong(account.highWaterMark());
        out.writeInt(account.positions().size());
        for (PositionSnapshot p : account.positions()) {
            out.writeLong(p.position());
            out.writeLong(p.averagePrice());
            out.writeLong(p.realisedPnl());
            out.writeLong(p.fees());
            out.writeLong(p.markPrice());
        }
    }

    static void decode(Bytes<?> in, JournalHeader header, List<Field> out) {
        String[] counts = {"inputs", "bars", "decisions", "orders", "rejections", "fills", "cancels", "faults",
            "refused_inputs"};
        for (String name : counts) {
            out.add(Field.integer(name, in.readLong()));
        }
        String[] amounts = {"starting_cash", "cash", "equity", "realised_pnl", "unrealised_pnl", "fees",
            "gross_exposure", "high_water_mark"};
        for (String name : amounts) {
            out.add(Field.decimal(name, in.readLong(), Money.DECIMALS));
        }
        int n = in.readInt();
        List<Instrument> instruments = header.instruments();
        for (int i = 0; i < n; i++) {
            Instrument instrument = instruments.get(i);
            String prefix = instrument.name() + ".";
            int p = instrument.scales().priceDecimals();
            out.add(Field.decimal(prefix + "position", in.readLong(), instrument.scales().quantityDecimals()));
            out.add(Field.decimal(prefix + "average_price", in.readLong(), p));
            out.add(Field.decimal(prefix + "realised_pnl", in.readLong(), Money.DECIMALS));
            out.add(Field.decimal(prefix + "fees", in.readLong(), Money.DECIMALS));
            out.add(Field.decimal(prefix + "mark", in.readLong(), p));
        }
    }
}

package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarketDataFormatTest {

    @Test
    void detectsFormatsFromTheirHeaders() {
        assertThat(MarketDataFormat.detect("Datetime,Close,High,Low,Open,Volume")).contains(MarketDataFormat.QUANTAGENT);
        assertThat(MarketDataFormat.detect("\uFEFFDatetime,Close,High,Low,Open,Volume\r"))
                .contains(MarketDataFormat.QUANTAGENT);
        assertThat(MarketDataFormat.detect("date,open,high,low,close,volume")).contains(MarketDataFormat.OHLCV);
        assertThat(MarketDataFormat.detect("\"Timestamp\",\"Open\",\"High\",\"Low\",\"Close\",\"Volume\""))
                .contains(MarketDataFormat.OHLCV);
        assertThat(MarketDataFormat.detect("timestamp,price,amount")).contains(MarketDataFormat.TRADES);
        assertThat(MarketDataFormat.detect(String.join(",", Columns.BINANCE_KLINES)))
                .contains(MarketDataFormat.BINANCE_KLINES);
        assertThat(MarketDataFormat.detect("id,price,qty,quote_qty,time,is_buyer_maker"))
                .contains(MarketDataFormat.BINANCE_TRADES);
    }

    @Test
    void detectsHeaderlessBinanceDumpsFromTheirFirstRow() {
        assertThat(MarketDataFormat.detect("1704067200000,1,2,1,2,3,1704067259999,4,5,6,7,0"))
                .contains(MarketDataFormat.BINANCE_KLINES);
        assertThat(MarketDataFormat.detect("3360000000,42283.58,0.00118,49.89,1704067200000,True,True"))
                .contains(MarketDataFormat.BINANCE_TRADES);
    }

    @Test
    void detectsNothingFromARowOfSomeOtherFile() {
        assertThat(MarketDataFormat.detect("2025-03-29 08:00:00,82462.7,82527.7,82145.22,82293.56,634.07629")).isEmpty();
        assertThat(MarketDataFormat.detect("1385337600,800.01,0.1")).isEmpty();
        assertThat(MarketDataFormat.detect("when,what,how")).isEmpty();
        assertThat(MarketDataFormat.detect("")).isEmpty();
    }

    @Test
    void readsCommandLineNames() {
        assertThat(MarketDataFormat.fromName("binance-klines")).isEqualTo(MarketDataFormat.BINANCE_KLINES);
        assertThat(MarketDataFormat.fromName("QuantAgent")).isEqualTo(MarketDataFormat.QUANTAGENT);
        assertThat(MarketDataFormat.BINANCE_TRADES.cliName()).isEqualTo("binance-trades");
        assertThatThrownBy(() -> MarketDataFormat.fromName("parquet"))
                .hasMessage("unknown format 'parquet' (expected one of quantagent, ohlcv, trades, binance-klines,"
                        + " binance-trades)");
    }
}

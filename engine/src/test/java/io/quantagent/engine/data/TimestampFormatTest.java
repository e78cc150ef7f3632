package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimestampFormatTest {

    @Test
    void readsTheCommandLineSpellings() {
        assertThat(TimestampFormat.parse("auto")).isEqualTo(TimestampFormat.AUTO);
        assertThat(TimestampFormat.parse("ISO")).isEqualTo(TimestampFormat.TEXT);
        assertThat(TimestampFormat.parse("epoch-s")).isEqualTo(TimestampFormat.EPOCH_SECONDS);
        assertThat(TimestampFormat.parse("epoch-ms")).isEqualTo(TimestampFormat.EPOCH_MILLIS);
        assertThat(TimestampFormat.parse("epoch-us")).isEqualTo(TimestampFormat.EPOCH_MICROS);
        assertThat(TimestampFormat.parse("dd/MM/yyyy")).isEqualTo(TimestampFormat.pattern("dd/MM/yyyy"));
        assertThat(TimestampFormat.parse("dd/MM/yyyy")).hasToString("dd/MM/yyyy");
        assertThat(TimestampFormat.EPOCH_MILLIS).hasToString("epoch-ms");
    }

    @Test
    void rejectsAnInvalidPatternNamingIt() {
        assertThatThrownBy(() -> TimestampFormat.parse("yyyy-MM-dd {"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid timestamp pattern 'yyyy-MM-dd {'");
    }
}

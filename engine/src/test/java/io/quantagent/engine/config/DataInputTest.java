package io.quantagent.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataInputTest {

    @TempDir
    Path home;

    @Test
    void aRelativePathMissingHereIsLookedUpUnderTheInstallation() throws Exception {
        Path relative = Path.of("samples-" + System.nanoTime(), "trades.csv");
        Files.createDirectories(home.resolve(relative).getParent());
        Files.writeString(home.resolve(relative), "timestamp,price,amount\n");
        DataInput in = DataInput.of(relative, DataInput.Format.AUTO, "BTC/USD");
        DataInput resolved = in.resolvedAgainst(home);
        assertThat(resolved.path()).isEqualTo(home.resolve(relative));
        assertThat(resolved.instrument()).isEqualTo("BTC/USD");
    }

    @Test
    void anAbsolutePathOrOneMissingEverywhereIsKeptAsGiven() {
        DataInput absolute = DataInput.of(home.resolve("x.csv"), DataInput.Format.AUTO, null);
        assertThat(absolute.resolvedAgainst(home)).isSameAs(absolute);
        DataInput nowhere = DataInput.of(Path.of("nowhere-" + System.nanoTime() + ".csv"), DataInput.Format.AUTO, null);
        assertThat(nowhere.resolvedAgainst(home)).isSameAs(nowhere);
    }
}

package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void writeEndpointsOnTheNetworkNeedAToken() {
        ServerConfig open = ServerConfig.defaults().withHost("0.0.0.0");
        assertThatThrownBy(open::checkSafe).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a token").hasMessageContaining("--token");
        assertThatCode(open.withToken("secret")::checkSafe).doesNotThrowAnyException();
        assertThatCode(open.withReadOnly(true)::checkSafe).doesNotThrowAnyException();
        assertThatCode(ServerConfig.defaults()::checkSafe).doesNotThrowAnyException();
        assertThatCode(ServerConfig.defaults().withHost("localhost")::checkSafe).doesNotThrowAnyException();
    }

    @Test
    void aServerRefusesToStartUnsafely() {
        assertThatThrownBy(() -> ParleyServer.start(ServerConfig.defaults().withHost("0.0.0.0").withPort(0), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAreOffTokenOrOpen() {
        assertThat(ServerConfig.defaults().writes()).isEqualTo("open");
        assertThat(ServerConfig.defaults().withToken("t").writes()).isEqualTo("token");
        assertThat(ServerConfig.defaults().withToken("  ").writes()).isEqualTo("open");
        assertThat(ServerConfig.defaults().withReadOnly(true).withToken("t").writes()).isEqualTo("off");
    }

    @Test
    void valuesAreChecked() {
        assertThatThrownBy(() -> ServerConfig.defaults().withPort(70_000)).hasMessageContaining("port");
        assertThatThrownBy(() -> ServerConfig.defaults().withMaxBodyBytes(10)).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> ServerConfig.defaults().withHost(" ")).hasMessageContaining("host");
    }
}

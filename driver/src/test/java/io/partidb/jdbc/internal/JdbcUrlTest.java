package io.partidb.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @Test
    void parsesNameAndProperties() throws SQLException {
        assertThat(JdbcUrl.parse("jdbc:partidb:mem:demo"))
                .isEqualTo(new JdbcUrl("mem", "demo", Map.of()));
        assertThat(JdbcUrl.parse("jdbc:partidb:mem:"))
                .isEqualTo(new JdbcUrl("mem", "", Map.of()));
        assertThat(JdbcUrl.parse("jdbc:partidb:mem:app;scanSegments=4;user=sa").properties())
                .containsExactlyInAnyOrderEntriesOf(Map.of("scanSegments", "4", "user", "sa"));
        assertThat(JdbcUrl.parse("jdbc:partidb:mem:app?a=1&b=x%3By").properties())
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "x;y"));
        assertThat(JdbcUrl.parse("jdbc:partidb:mem:my%20db").name()).isEqualTo("my db");
        assertThat(JdbcUrl.parse("jdbc:partidb:mem:a+b").name()).isEqualTo("a+b");
    }

    @Test
    void rejectsBrokenUrlsWithConnectionState() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:partidb:nothing"))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("08001"));
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:partidb:disk:x"))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("08001"));
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:partidb:mem:x;novalue"))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("08001"));
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:partidb:mem:x;a=%zz"))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("08001"));
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:partidb:file:/tmp/x"))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
    }
}

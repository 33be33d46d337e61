package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.jdbc.PartiDBPreparedStatement;
import io.partidb.jdbc.PartiDBResultSet;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Exact DynamoDB values through the public extensions of io.partidb.jdbc. */
class DynamoValuesTest {

    @Test
    void generatedKeysAreTheKeyOfTheWrittenItem() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:partidb:mem:keys-" + UUID.randomUUID())) {
            connection.createStatement().execute(
                    "CREATE TABLE orders (customer STRING, n NUMBER, PRIMARY KEY (customer, n))");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO orders VALUE {'customer': ?, 'n': ?, 'total': 5}",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "ann");
                insert.setInt(2, 7);
                assertThat(insert.executeUpdate()).isEqualTo(1);
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertThat(keys.getMetaData().getColumnCount()).isEqualTo(2);
                    assertThat(keys.next()).isTrue();
                    assertThat(keys.getString("customer")).isEqualTo("ann");
                    assertThat(keys.getInt("n")).isEqualTo(7);
                    assertThat(keys.next()).isFalse();
                }
            }
            java.sql.Statement plain = connection.createStatement();
            plain.executeUpdate("UPDATE orders SET total = 6 WHERE customer = 'ann' AND n = 7",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = plain.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                assertThat(keys.getString(1)).isEqualTo("ann");
            }
            plain.executeUpdate("UPDATE orders SET total = 7 WHERE customer = 'ann' AND n = 7");
            try (ResultSet keys = plain.getGeneratedKeys()) {
                assertThat(keys.next()).as("not asked for").isFalse();
            }
        }
    }

    @Test
    void bindsDynamoJsonAndReadsRowsAsDynamoJson() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:partidb:mem:values-" + UUID.randomUUID())) {
            connection.createStatement().execute(
                    "CREATE TABLE things (id STRING, PRIMARY KEY (id))");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO things VALUE {'id': ?, 'tags': ?, 'blob': ?, 'gone': ?}")) {
                PartiDBPreparedStatement partidb = insert.unwrap(PartiDBPreparedStatement.class);
                partidb.setAttributeValueJson(1, "{\"S\":\"a\"}");
                partidb.setAttributeValueJson(2, "{\"SS\":[\"x\",\"y\"]}");
                partidb.setAttributeValueJson(3, "{\"BS\":[\"AQI=\"]}");
                partidb.setAttributeValueJson(4, "{\"NULL\":true}");
                assertThat(insert.executeUpdate()).isEqualTo(1);
                assertThatThrownBy(() -> partidb.setAttributeValueJson(1, "{\"N\":\"x\"}"))
                        .isInstanceOf(SQLDataException.class);
                assertThatThrownBy(() -> partidb.setAttributeValueJson(1, "{\"SS\":[]}"))
                        .isInstanceOf(SQLDataException.class)
                        .hasMessageContaining("may not be empty");
            }
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT * FROM things WHERE id = 'a'")) {
                assertThat(rs.next()).isTrue();
                PartiDBResultSet row = rs.unwrap(PartiDBResultSet.class);
                assertThat(row.getItemJson()).isEqualTo("{\"id\":{\"S\":\"a\"},"
                        + "\"tags\":{\"SS\":[\"x\",\"y\"]},\"blob\":{\"BS\":[\"AQI=\"]},"
                        + "\"gone\":{\"NULL\":true}}");
            }
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT tags, gone, nothing FROM things WHERE id = 'a'")) {
                assertThat(rs.next()).isTrue();
                PartiDBResultSet row = rs.unwrap(PartiDBResultSet.class);
                assertThat(row.getItemJson())
                        .isEqualTo("{\"tags\":{\"SS\":[\"x\",\"y\"]},\"gone\":{\"NULL\":true}}");
                assertThat(rs.getObject("tags")).isEqualTo(Set.of("x", "y"));
                assertThat(rs.getObject("gone")).isNull();
                assertThat(row.isMissing("gone")).isFalse();
                assertThat(rs.getObject("nothing")).isNull();
                assertThat(row.isMissing(3)).isTrue();
            }
        }
    }
}

package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** JDBC batches: inserts keep their conditions, key-only deletes run as BatchWriteItem. */
class BatchesTest {

    private static int count(Connection connection) throws SQLException {
        int rows = 0;
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT id FROM items")) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    @Test
    void insertBatchesThenDeleteBatchesInChunks() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:partidb:mem:batches-" + UUID.randomUUID())) {
            connection.createStatement().execute("CREATE TABLE items (id NUMBER, PRIMARY KEY (id))");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO items VALUE {'id': ?, 'v': ?}")) {
                for (int i = 0; i < 60; i++) {
                    insert.setInt(1, i);
                    insert.setInt(2, i);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertThat(counts).hasSize(60).containsOnly(1);
                insert.setInt(1, 100);
                insert.setInt(2, 0);
                insert.addBatch();
                insert.setInt(1, 5);
                insert.addBatch();
                assertThatThrownBy(insert::executeBatch)
                        .isInstanceOfSatisfying(BatchUpdateException.class, e -> {
                            assertThat(e.getMessage()).startsWith("Batch entry 2 of 2 failed")
                                    .contains("DuplicateItemException");
                            assertThat(e.getLargeUpdateCounts()).containsExactly(1L);
                        });
            }
            assertThat(count(connection)).isEqualTo(61);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM items WHERE id = ?")) {
                for (int i = 0; i < 55; i++) {
                    delete.setInt(1, i);
                    delete.addBatch();
                }
                int[] counts = delete.executeBatch();
                assertThat(counts).hasSize(55).containsOnly(Statement.SUCCESS_NO_INFO);
            }
            assertThat(count(connection)).isEqualTo(6);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM items WHERE id = ? AND v = ?")) {
                delete.setInt(1, 55);
                delete.setInt(2, 55);
                delete.addBatch();
                delete.setInt(1, 999);
                delete.setInt(2, 0);
                delete.addBatch();
                assertThat(delete.executeBatch()).as("conditional deletes count one by one")
                        .containsExactly(1, 0);
            }
            assertThat(count(connection)).isEqualTo(5);
        }
    }
}

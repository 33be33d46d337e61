package io.partidb.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.planner.Plan;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A prepared statement plans once; re-executing it with other parameters does not plan again. */
class PlanReuseTest {

    @Test
    void reExecutionKeepsThePlanUntilTheSchemaChanges() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:partidb:mem:reuse-" + UUID.randomUUID())) {
            connection.createStatement().execute(
                    "CREATE TABLE things (id STRING, n NUMBER, PRIMARY KEY (id, n))");
            connection.createStatement().execute("INSERT INTO things VALUE {'id': 'a', 'n': 1}");
            ConnectionImpl partidb = connection.unwrap(ConnectionImpl.class);
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT n FROM things WHERE id = ? AND n = ?")) {
                PreparedStatementImpl prepared = ps.unwrap(PreparedStatementImpl.class);
                Plan first = prepared.plan();
                int cached = partidb.handle().planner().cachedPlans();
                for (int i = 0; i < 100; i++) {
                    ps.setString(1, i % 2 == 0 ? "a" : "b");
                    ps.setInt(2, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isEqualTo(i % 2 == 0);
                    }
                }
                assertThat(prepared.plan()).isSameAs(first);
                assertThat(partidb.handle().planner().cachedPlans()).isEqualTo(cached);

                connection.createStatement().execute("INSERT INTO things VALUE "
                        + "{'id': 'c', 'n': 2, 'brandNew': TRUE}");
                assertThat(prepared.plan()).as("a new attribute name re-plans").isNotSameAs(first);
            }
        }
    }
}

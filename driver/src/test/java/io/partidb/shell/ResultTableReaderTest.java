package io.partidb.shell;

import static io.partidb.shell.FakeDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.shell.ResultTable.Cell;
import io.partidb.shell.ResultTable.Column;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableReaderTest {

    @Test
    void numericTypesMakeNumericColumnsAndNullStaysNull() throws SQLException {
        var answer = rows(List.of("User_ID", "Score", "Active"),
                List.of(Types.VARCHAR, Types.DECIMAL, Types.BOOLEAN),
                List.of("u1", new BigDecimal("1200"), true),
                Arrays.asList("u2", null, null));

        ResultTable table = ResultTableReader.read(FakeDatabase.resultSet(answer));

        assertThat(table.columns()).containsExactly(new Column("User_ID", false),
                new Column("Score", true), new Column("Active", false));
        assertThat(table.rows()).containsExactly(
                List.of(Cell.text("u1"), Cell.number("1200"), Cell.text("true")),
                List.of(Cell.text("u2"), Cell.number(null), Cell.text(null)));
    }

    @Test
    void openTypedColumnsAreJudgedValueByValue() throws SQLException {
        var answer = rows(List.of("Mixed"), List.of(Types.OTHER),
                List.of(new BigDecimal("7")), List.of("seven"));

        ResultTable table = ResultTableReader.read(FakeDatabase.resultSet(answer));

        assertThat(table.columns()).containsExactly(new Column("Mixed", false));
        assertThat(table.rows()).containsExactly(List.of(Cell.number("7")),
                List.of(Cell.text("seven")));
    }

    @Test
    void everyIntegerAndDecimalTypeIsNumeric() {
        assertThat(List.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL,
                Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL))
                .allMatch(ResultTableReader::isNumericType);
        assertThat(List.of(Types.VARCHAR, Types.BOOLEAN, Types.OTHER, Types.STRUCT, Types.ARRAY))
                .noneMatch(ResultTableReader::isNumericType);
    }
}

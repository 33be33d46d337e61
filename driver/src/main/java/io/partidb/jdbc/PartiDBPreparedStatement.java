package io.partidb.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * PartiDB's prepared statements, with what plain JDBC cannot express about DynamoDB values.
 * Obtain it with {@code preparedStatement.unwrap(PartiDBPreparedStatement.class)}.
 */
public interface PartiDBPreparedStatement extends PreparedStatement {
    /**
     * Binds one parameter from DynamoDB JSON, exactly as DynamoDB's {@code Parameters} take it:
     * {@code {"SS":["a","b"]}}, {@code {"B":"AQI="}}, {@code {"NULL":true}}. Invalid JSON or an
     * invalid value raises {@code SQLDataException} and binds nothing.
     */
    void setAttributeValueJson(int parameterIndex, String dynamoDbJson) throws SQLException;
}

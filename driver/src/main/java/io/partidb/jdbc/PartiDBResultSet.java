package io.partidb.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PartiDB's result sets, with what plain JDBC cannot say about DynamoDB values. Obtain it with
 * {@code resultSet.unwrap(PartiDBResultSet.class)}.
 */
public interface PartiDBResultSet extends ResultSet {
    /**
     * Whether the column's attribute is absent from the current item (MISSING). Both MISSING
     * and DynamoDB's stored NULL read as SQL NULL; this tells them apart.
     */
    boolean isMissing(int columnIndex) throws SQLException;

    /** {@link #isMissing(int)} by column label. */
    boolean isMissing(String columnLabel) throws SQLException;

    /** The whole current item in DynamoDB JSON ({@code {"a":{"S":"x"}}}), all attributes. */
    String getItemJson() throws SQLException;
}

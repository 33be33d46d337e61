package io.partidb.jdbc.internal;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Every connection property PartiDB knows, with its default, description and allowed values.
 * URL parsing, {@code Properties} and {@code getPropertyInfo} all derive from this enum.
 */
public enum ConnectionProperty {
    /** Segments a table scan is split into. */
    SCAN_SEGMENTS("scanSegments", String.valueOf(Runtime.getRuntime().availableProcessors()),
            "Segments a full table scan reads in parallel, 1..1000000 (default: the number of "
                    + "available processors)", null),
    /**
     * What an UPDATE or DELETE whose WHERE condition fails does: raise DynamoDB's
     * ConditionalCheckFailedException, or return an update count of 0 as optimistic-locking
     * JDBC code expects.
     */
    CONDITION_FAILURE("conditionFailure", "exception",
            "exception: a failed UPDATE/DELETE condition raises ConditionalCheckFailedException;"
                    + " updateCount: it returns an update count of 0",
            new String[] {"exception", "updateCount"}),
    /** Whether reads are strongly consistent (as DynamoDB's ConsistentRead). */
    CONSISTENT_READ("consistentRead", "false",
            "true: reads are strongly consistent (charged as such); false: eventually consistent",
            new String[] {"true", "false"}),
    /** Whether the planner may read a secondary index the statement does not name. */
    AUTO_INDEX("autoIndex", "true",
            "true: a SELECT whose WHERE fixes an index's partition key (and not the table's) "
                    + "reads that index when it holds everything the statement needs",
            new String[] {"true", "false"}),
    /** Accepted for tools that always send one; the embedded engine has no users. */
    USER("user", null, "Ignored: embedded databases have no users", null),
    /** Accepted for tools that always send one; the embedded engine has no users. */
    PASSWORD("password", null, "Ignored: embedded databases have no passwords", null);

    private final String key;
    private final String defaultValue;
    private final String description;
    private final String[] choices;

    ConnectionProperty(String key, String defaultValue, String description, String[] choices) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = choices;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** The property of this name (case-insensitive), if PartiDB knows it. */
    public static Optional<ConnectionProperty> byKey(String key) {
        for (ConnectionProperty property : values()) {
            if (property.key.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    /** The value set in {@code properties}, or the default. */
    public String get(Properties properties) {
        for (String name : properties.stringPropertyNames()) {
            if (name.equalsIgnoreCase(key)) {
                return properties.getProperty(name);
            }
        }
        return defaultValue;
    }

    /** The value as an int within bounds; a bad value is a connection error (08001). */
    public int getInt(Properties properties, int min, int max) throws SQLException {
        String value = get(properties);
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SQLException("Invalid value '" + value + "' for connection property " + key
                + ": expected an integer from " + min + " to " + max, "08001");
    }

    /** The value, which must be one of the allowed choices (case-insensitive). */
    public String getChoice(Properties properties) throws SQLException {
        String value = get(properties);
        for (String choice : choices) {
            if (choice.equalsIgnoreCase(value.trim())) {
                return choice;
            }
        }
        throw new SQLException("Invalid value '" + value + "' for connection property " + key
                + ": expected one of " + String.join(", ", choices), "08001");
    }

    /** What {@code Driver.getPropertyInfo} reports. */
    public static DriverPropertyInfo[] propertyInfo(Properties given) {
        ConnectionProperty[] all = values();
        DriverPropertyInfo[] out = new DriverPropertyInfo[all.length];
        for (int i = 0; i < all.length; i++) {
            DriverPropertyInfo info = new DriverPropertyInfo(all[i].key, all[i].get(given));
            info.description = all[i].description;
            info.required = false;
            info.choices = all[i].choices;
            out[i] = info;
        }
        return out;
    }
}

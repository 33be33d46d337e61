package io.partidb.jdbc.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed PartiDB URL: {@code jdbc:partidb:mem:<name>[;key=value]...} (also
 * {@code ?key=value&key=value}). Names and values may be percent-escaped.
 */
public record JdbcUrl(String kind, String name, Map<String, String> properties) {
    /** Every PartiDB URL starts with this. */
    public static final String PREFIX = "jdbc:partidb:";

    /** Parses a URL this driver accepts; malformed ones raise SQLState 08001. */
    public static JdbcUrl parse(String url) throws SQLException {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new SQLException("Not a PartiDB URL: " + url
                    + " (expected jdbc:partidb:mem:<name>)", "08001");
        }
        String rest = url.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw new SQLException("Malformed PartiDB URL: " + url
                    + " (expected jdbc:partidb:mem:<name>)", "08001");
        }
        String kind = rest.substring(0, colon);
        String body = rest.substring(colon + 1);
        if (kind.equals("file")) {
            throw new SQLFeatureNotSupportedException(
                    "jdbc:partidb:file: databases are not supported yet; use jdbc:partidb:mem:",
                    "0A000");
        }
        if (!kind.equals("mem")) {
            throw new SQLException("Unknown PartiDB database kind '" + kind + "' in " + url
                    + " (expected jdbc:partidb:mem:<name>)", "08001");
        }
        int split = indexOfAny(body, ";?");
        String name = split < 0 ? body : body.substring(0, split);
        Map<String, String> properties = new LinkedHashMap<>();
        if (split >= 0) {
            String[] pairs = body.substring(split + 1).split("[;&]");
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new SQLException("Malformed property '" + pair + "' in " + url
                            + " (expected key=value)", "08001");
                }
                properties.put(decode(pair.substring(0, eq), url),
                        decode(pair.substring(eq + 1), url));
            }
        }
        return new JdbcUrl(kind, decode(name, url), Map.copyOf(properties));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(String text, String url) throws SQLException {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SQLException("Malformed percent-escape in " + url, "08001", e);
        }
    }
}

package io.partidb.jdbc.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import io.partidb.engine.value.Bytes;
import io.partidb.planner.physical.ResultColumn;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Types;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one mapping between DynamoDB values and Java/JDBC: S↔String, N↔BigDecimal, B↔byte[],
 * BOOL↔Boolean, NULL↔SQL NULL, M↔Map, L↔List, SS/NS/BS↔Set; documents read as JSON text.
 */
public final class TypeMapping {
    private static final JsonFactory JSON = new JsonFactory();

    private TypeMapping() {
    }

    /** The DynamoDB value for a Java object passed to {@code setObject}. */
    public static AttributeValue toAttributeValue(Object value) throws SQLException {
        try {
            return convert(value);
        } catch (EngineException e) {
            throw Errors.of(e);
        }
    }

    private static AttributeValue convert(Object value) throws SQLException {
        if (value == null) {
            return AttributeValue.nul();
        } else if (value instanceof String s) {
            return AttributeValue.ofString(s);
        } else if (value instanceof Character c) {
            return AttributeValue.ofString(c.toString());
        } else if (value instanceof Boolean b) {
            return AttributeValue.ofBoolean(b);
        } else if (value instanceof Number n) {
            return AttributeValue.ofNumber(toBigDecimal(n));
        } else if (value instanceof byte[] bytes) {
            return AttributeValue.ofBinary(bytes);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw Errors.data("Map keys must be strings, not " + entry.getKey());
                }
                out.put(key, convert(entry.getValue()));
            }
            return AttributeValue.ofMap(out);
        } else if (value instanceof Set<?> set) {
            return toSet(set);
        } else if (value instanceof List<?> list) {
            List<AttributeValue> out = new ArrayList<>(list.size());
            for (Object element : list) {
                out.add(convert(element));
            }
            return AttributeValue.ofList(out);
        } else if (value instanceof Object[] array) {
            return convert(List.of(array));
        } else if (value instanceof TemporalAccessor || value instanceof java.util.Date
                || value instanceof UUID || value instanceof Enum<?>) {
            return AttributeValue.ofString(temporalOrText(value));
        }
        throw Errors.data("Cannot store a " + value.getClass().getName()
                + " in PartiDB; use String, Number, Boolean, byte[], Map, List or Set");
    }

    private static String temporalOrText(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toString();
        } else if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        } else if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString();
        } else if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        } else if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    private static AttributeValue toSet(Set<?> set) throws SQLException {
        if (set.isEmpty()) {
            throw Errors.data("A set must have at least one member (DynamoDB has no empty sets)");
        }
        Object first = set.iterator().next();
        if (first instanceof String) {
            List<String> members = new ArrayList<>();
            for (Object o : set) {
                members.add(requireType(o, String.class));
            }
            return AttributeValue.ofStringSet(members);
        } else if (first instanceof Number) {
            List<BigDecimal> members = new ArrayList<>();
            for (Object o : set) {
                members.add(toBigDecimal(requireType(o, Number.class)));
            }
            return AttributeValue.ofNumberSet(members);
        } else if (first instanceof byte[]) {
            List<Bytes> members = new ArrayList<>();
            for (Object o : set) {
                members.add(Bytes.of(requireType(o, byte[].class)));
            }
            return AttributeValue.ofBinarySet(members);
        }
        throw Errors.data("Set members must be all strings, all numbers or all byte[]");
    }

    private static <T> T requireType(Object o, Class<T> type) throws SQLException {
        if (!type.isInstance(o)) {
            throw Errors.data("Set members must all be of one type; found "
                    + (o == null ? "null" : o.getClass().getSimpleName()) + " among "
                    + type.getSimpleName());
        }
        return type.cast(o);
    }

    /** Any Java number as an exact decimal; NaN and infinities have no DynamoDB form. */
    public static BigDecimal toBigDecimal(Number n) throws SQLException {
        if (n instanceof BigDecimal d) {
            return d;
        } else if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        } else if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw Errors.data("DynamoDB numbers cannot be NaN or infinite: " + d);
            }
            return n instanceof Float ? new BigDecimal(n.toString()) : BigDecimal.valueOf(d);
        } else if (n instanceof Long || n instanceof Integer || n instanceof Short
                || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(n.toString());
    }

    /** The Java object for a DynamoDB value; null for NULL and MISSING. */
    public static Object toJava(AttributeValue value) {
        if (value == null || value instanceof AttributeValue.Null) {
            return null;
        } else if (value instanceof AttributeValue.S s) {
            return s.value();
        } else if (value instanceof AttributeValue.N n) {
            return plain(n.value());
        } else if (value instanceof AttributeValue.B b) {
            return b.value().toArray();
        } else if (value instanceof AttributeValue.Bool b) {
            return b.value();
        } else if (value instanceof AttributeValue.L l) {
            List<Object> out = new ArrayList<>(l.values().size());
            for (AttributeValue element : l.values()) {
                out.add(toJava(element));
            }
            return out;
        } else if (value instanceof AttributeValue.M m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.values().forEach((k, v) -> out.put(k, toJava(v)));
            return out;
        } else if (value instanceof AttributeValue.SS ss) {
            return new LinkedHashSet<>(ss.values());
        } else if (value instanceof AttributeValue.NS ns) {
            Set<BigDecimal> out = new LinkedHashSet<>();
            ns.values().forEach(v -> out.add(plain(v)));
            return out;
        } else if (value instanceof AttributeValue.BS bs) {
            Set<byte[]> out = new LinkedHashSet<>();
            bs.values().forEach(b -> out.add(b.toArray()));
            return out;
        }
        throw new IllegalStateException("unknown value " + value);
    }

    /**
     * A canonical number with a scale of at least 0, so that {@code toString()} never uses an
     * exponent for a whole number ({@code 1200}, not {@code 1.2E+3}).
     */
    public static BigDecimal plain(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** The {@link Types} code of a result column. */
    public static int columnType(ResultColumn column) {
        return column.integer() ? Types.INTEGER : jdbcType(column.type());
    }

    /**
     * The text of a value: strings as they are, numbers in plain notation, binaries in base64,
     * documents and sets as JSON. Null for NULL and MISSING.
     */
    public static String toText(AttributeValue value) {
        if (value == null || value instanceof AttributeValue.Null) {
            return null;
        } else if (value instanceof AttributeValue.S s) {
            return s.value();
        } else if (value instanceof AttributeValue.N n) {
            return AttributeValues.canonicalNumber(n.value());
        } else if (value instanceof AttributeValue.Bool b) {
            return Boolean.toString(b.value());
        } else if (value instanceof AttributeValue.B b) {
            return Base64.getEncoder().encodeToString(b.value().toArray());
        }
        return toJson(value);
    }

    /**
     * Loads and initialises the JSON writer (some seventy classes) by writing a small
     * document, so that the first result holding a map, list or set does not wait for it.
     */
    public static void warmUp() {
        toJson(AttributeValue.ofMap(Map.of("warm", AttributeValue.ofList(List.of(
                AttributeValue.ofString("up"), AttributeValue.ofNumber(1),
                AttributeValue.ofBoolean(true))))));
    }

    /** A value as plain JSON (not DynamoDB JSON): maps as objects, lists and sets as arrays. */
    public static String toJson(AttributeValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeJson(json, value);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void writeJson(JsonGenerator json, AttributeValue value) throws IOException {
        if (value instanceof AttributeValue.S s) {
            json.writeString(s.value());
        } else if (value instanceof AttributeValue.N n) {
            json.writeNumber(n.value());
        } else if (value instanceof AttributeValue.B b) {
            json.writeString(Base64.getEncoder().encodeToString(b.value().toArray()));
        } else if (value instanceof AttributeValue.Bool b) {
            json.writeBoolean(b.value());
        } else if (value instanceof AttributeValue.Null) {
            json.writeNull();
        } else if (value instanceof AttributeValue.L l) {
            json.writeStartArray();
            for (AttributeValue element : l.values()) {
                writeJson(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof AttributeValue.M m) {
            json.writeStartObject();
            for (Map.Entry<String, AttributeValue> entry : m.values().entrySet()) {
                json.writeFieldName(entry.getKey());
                writeJson(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof AttributeValue.SS ss) {
            writeArray(json, ss.values(), (g, v) -> g.writeString(v));
        } else if (value instanceof AttributeValue.NS ns) {
            writeArray(json, ns.values(), (g, v) -> g.writeNumber(v));
        } else if (value instanceof AttributeValue.BS bs) {
            writeArray(json, bs.values(),
                    (g, v) -> g.writeString(Base64.getEncoder().encodeToString(v.toArray())));
        }
    }

    /** Writes one member of a set. */
    private interface MemberWriter<T> {
        void write(JsonGenerator json, T member) throws IOException;
    }

    private static <T> void writeArray(JsonGenerator json, Collection<T> members,
            MemberWriter<T> writer) throws IOException {
        json.writeStartArray();
        for (T member : members) {
            writer.write(json, member);
        }
        json.writeEndArray();
    }

    /** The {@link Types} code for a column that usually holds this DynamoDB type. */
    public static int jdbcType(AttributeType type) {
        if (type == null) {
            return Types.OTHER;
        }
        return switch (type) {
            case S -> Types.VARCHAR;
            case N -> Types.DECIMAL;
            case B -> Types.VARBINARY;
            case BOOL -> Types.BOOLEAN;
            case NULL -> Types.NULL;
            case L, M, SS, NS, BS -> Types.JAVA_OBJECT;
        };
    }

    /** The type name tools show for a column of this DynamoDB type. */
    public static String typeName(AttributeType type) {
        if (type == null) {
            return "ANY";
        }
        return switch (type) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case BOOL -> "BOOLEAN";
            case NULL -> "NULL";
            case L -> "LIST";
            case M -> "MAP";
            case SS -> "STRING SET";
            case NS -> "NUMBER SET";
            case BS -> "BINARY SET";
        };
    }

    /** The Java class {@code getObject} returns for this DynamoDB type. */
    public static String javaClassName(AttributeType type) {
        if (type == null) {
            return Object.class.getName();
        }
        return switch (type) {
            case S -> String.class.getName();
            case N -> BigDecimal.class.getName();
            case B -> byte[].class.getName();
            case BOOL -> Boolean.class.getName();
            case NULL -> Object.class.getName();
            case L -> List.class.getName();
            case M -> Map.class.getName();
            case SS, NS, BS -> Set.class.getName();
        };
    }
}

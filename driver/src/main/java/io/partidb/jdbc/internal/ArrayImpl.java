package io.partidb.jdbc.internal;

import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * A DynamoDB list or set as a {@link java.sql.Array}: its elements as Java objects (the same
 * mapping as {@code getObject}); the base type is the set's member type, or OTHER for a list,
 * whose elements may be of any type.
 */
final class ArrayImpl implements Array {
    private final Object[] elements;
    private final AttributeType memberType;
    private boolean freed;

    private ArrayImpl(Object[] elements, AttributeType memberType) {
        this.elements = elements;
        this.memberType = memberType;
    }

    /** The array for a list or set value; null for anything else. */
    static ArrayImpl of(AttributeValue value) {
        if (value instanceof AttributeValue.L list) {
            return new ArrayImpl(((List<?>) TypeMapping.toJava(list)).toArray(), null);
        }
        AttributeType member = value instanceof AttributeValue.SS ? AttributeType.S
                : value instanceof AttributeValue.NS ? AttributeType.N
                : value instanceof AttributeValue.BS ? AttributeType.B : null;
        if (member == null) {
            return null;
        }
        Object java = TypeMapping.toJava(value);
        return new ArrayImpl(((java.util.Set<?>) java).toArray(), member);
    }

    private void check() throws SQLException {
        if (freed) {
            throw Errors.invalid("The array was freed");
        }
    }

    @Override
    public String getBaseTypeName() throws SQLException {
        check();
        return TypeMapping.typeName(memberType);
    }

    @Override
    public int getBaseType() throws SQLException {
        check();
        return memberType == null ? Types.OTHER : TypeMapping.jdbcType(memberType);
    }

    @Override
    public Object getArray() throws SQLException {
        check();
        return elements.clone();
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw Errors.notSupported("User-defined type maps");
        }
        return getArray();
    }

    @Override
    public Object getArray(long index, int count) throws SQLException {
        check();
        if (index < 1 || count < 0 || index - 1 + count > elements.length) {
            throw Errors.invalid("Array slice " + index + "+" + count + " is outside 1.."
                    + elements.length);
        }
        Object[] slice = new Object[count];
        System.arraycopy(elements, (int) index - 1, slice, 0, count);
        return slice;
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map)
            throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw Errors.notSupported("User-defined type maps");
        }
        return getArray(index, count);
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        throw Errors.notSupported("Array.getResultSet (use getArray)");
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
        throw Errors.notSupported("Array.getResultSet (use getArray)");
    }

    @Override
    public ResultSet getResultSet(long index, int count) throws SQLException {
        throw Errors.notSupported("Array.getResultSet (use getArray)");
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map)
            throws SQLException {
        throw Errors.notSupported("Array.getResultSet (use getArray)");
    }

    @Override
    public void free() {
        freed = true;
    }
}

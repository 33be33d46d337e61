package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A projection of document paths, as DynamoDB's ProjectionExpression: the result holds only the
 * projected paths, nested ones inside their documents ({@code a.b[1]} gives
 * {@code {a: {b: [<element 1>]}}}, and {@code a[0], a[2]} gives both elements in a two-element
 * list); paths that lead nowhere are left out, and so are documents left empty by that.
 *
 * <p>Building one fails (VALIDATION, {@code Invalid ProjectionExpression: ...}) when it has no
 * paths or when two paths overlap or conflict, as DynamoDB refuses them.
 */
public final class Projection {
    private final List<DocumentPath> paths;
    private final Node root = new Node();

    private Projection(List<DocumentPath> paths) {
        this.paths = paths;
        for (DocumentPath path : paths) {
            Node node = root;
            for (PathElement element : path.elements()) {
                node = node.child(element);
            }
            node.whole = true;
        }
    }

    /** A projection of these paths. */
    public static Projection of(DocumentPath... paths) {
        return of(List.of(paths));
    }

    /** A projection of these paths. */
    public static Projection of(List<DocumentPath> paths) {
        List<DocumentPath> copy = List.copyOf(paths);
        if (copy.isEmpty()) {
            throw ExpressionErrors.validation(
                    ExpressionErrors.PROJECTION + "The expression can not be empty;");
        }
        PathChecks.requireIndependent(copy, ExpressionErrors.PROJECTION);
        return new Projection(copy);
    }

    /** For paths already known to be independent. */
    static Projection unchecked(List<DocumentPath> paths) {
        return new Projection(List.copyOf(paths));
    }

    /** The projected paths in the order given. */
    public List<DocumentPath> paths() {
        return paths;
    }

    /** The parts of an item this projection selects; possibly an item without attributes. */
    public Item apply(Item item) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : root.fields.entrySet()) {
            AttributeValue value = item.get(e.getKey());
            AttributeValue projected = value == null ? null : project(value, e.getValue());
            if (projected != null) {
                out.put(e.getKey(), projected);
            }
        }
        return Item.of(out);
    }

    private static AttributeValue project(AttributeValue value, Node node) {
        if (node.whole) {
            return value;
        }
        if (!node.fields.isEmpty() && value instanceof AttributeValue.M map) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : node.fields.entrySet()) {
                AttributeValue child = map.values().get(e.getKey());
                AttributeValue projected = child == null ? null : project(child, e.getValue());
                if (projected != null) {
                    out.put(e.getKey(), projected);
                }
            }
            return out.isEmpty() ? null : AttributeValue.ofMap(out);
        }
        if (!node.indexes.isEmpty() && value instanceof AttributeValue.L list) {
            List<AttributeValue> out = new ArrayList<>();
            for (Map.Entry<Integer, Node> e : node.indexes.entrySet()) {
                int index = e.getKey();
                AttributeValue child =
                        index < list.values().size() ? list.values().get(index) : null;
                AttributeValue projected = child == null ? null : project(child, e.getValue());
                if (projected != null) {
                    out.add(projected);
                }
            }
            return out.isEmpty() ? null : AttributeValue.ofList(out);
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Projection other && paths.equals(other.paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode();
    }

    /** The paths in expression syntax: {@code a, b.c[1]}. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        for (DocumentPath path : paths) {
            out.add(path.toString());
        }
        return out.toString();
    }

    /** The projected paths as a tree; indexes in ascending order, as lists keep them. */
    private static final class Node {
        final Map<String, Node> fields = new LinkedHashMap<>();
        final TreeMap<Integer, Node> indexes = new TreeMap<>();
        boolean whole;

        Node child(PathElement element) {
            if (element instanceof PathElement.Field field) {
                return fields.computeIfAbsent(field.name(), name -> new Node());
            }
            return indexes.computeIfAbsent(((PathElement.Index) element).index(),
                    index -> new Node());
        }
    }
}

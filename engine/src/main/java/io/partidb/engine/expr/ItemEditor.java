package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A copy of an item being changed by the actions of one update. Documents on the way to a
 * changed path are unpacked into mutable nodes once and packed again at the end, so that several
 * actions on one document touch it in place.
 *
 * <p>List positions always refer to the list as it was before the update, as in DynamoDB:
 * removed elements are only marked, and elements set past the end are kept aside and appended
 * in index order when the list is packed. So {@code REMOVE a[1] SET a[3] = x} replaces the
 * element that was at index 3, and {@code REMOVE a[0], a[1]} removes the first two.
 */
final class ItemEditor {
    private final MapNode root;

    ItemEditor(Item base) {
        root = new MapNode(base.attributes());
    }

    /**
     * The node holding the last element of {@code path}: the item for a top-level attribute,
     * else the map or list the path leads to just before its end; null when there is none.
     */
    Object parentOf(DocumentPath path) {
        Object node = root;
        for (int i = 0; i < path.length() - 1 && node != null; i++) {
            node = childNode(node, path.element(i));
        }
        return node;
    }

    /** The value at the end of the path in {@code parent}, null when absent. */
    static AttributeValue get(Object parent, PathElement last) {
        if (parent instanceof MapNode map && last instanceof PathElement.Field field) {
            return (AttributeValue) map.entries.get(field.name());
        }
        if (parent instanceof ListNode list && last instanceof PathElement.Index index) {
            int i = index.index();
            return i < list.elements.length ? (AttributeValue) list.elements[i] : null;
        }
        throw ExpressionErrors.invalidPath();
    }

    /** Writes the value; an index past the end of the original list appends. */
    static void put(Object parent, PathElement last, AttributeValue value) {
        if (parent instanceof MapNode map && last instanceof PathElement.Field field) {
            map.entries.put(field.name(), value);
        } else if (parent instanceof ListNode list && last instanceof PathElement.Index index) {
            int i = index.index();
            if (i < list.elements.length) {
                list.elements[i] = value;
            } else {
                list.appended.put(i, value);
            }
        } else {
            throw ExpressionErrors.invalidPath();
        }
    }

    /** Removes the value; nothing happens when it is absent. */
    static void remove(Object parent, PathElement last) {
        if (parent instanceof MapNode map && last instanceof PathElement.Field field) {
            map.entries.remove(field.name());
        } else if (parent instanceof ListNode list && last instanceof PathElement.Index index) {
            int i = index.index();
            if (i < list.elements.length) {
                list.removed[i] = true;
            }
        } else {
            throw ExpressionErrors.invalidPath();
        }
    }

    /** The edited item. Fails if a document became deeper than DynamoDB allows. */
    Item toItem() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : root.entries.entrySet()) {
            attributes.put(e.getKey(), pack(e.getValue()));
        }
        return Item.of(attributes);
    }

    // Unpacks a map or list child into a node (once), or returns null when the step leads to
    // something absent or to a value that is not a document of the step's kind.
    private static Object childNode(Object node, PathElement step) {
        if (node instanceof MapNode map && step instanceof PathElement.Field field) {
            Object child = map.entries.get(field.name());
            Object unpacked = unpack(child);
            if (unpacked != child && unpacked != null) {
                map.entries.put(field.name(), unpacked);
            }
            return unpacked;
        }
        if (node instanceof ListNode list && step instanceof PathElement.Index index) {
            int i = index.index();
            if (i >= list.elements.length) {
                return null;
            }
            Object child = list.elements[i];
            Object unpacked = unpack(child);
            if (unpacked != child && unpacked != null) {
                list.elements[i] = unpacked;
            }
            return unpacked;
        }
        return null;
    }

    private static Object unpack(Object child) {
        if (child instanceof MapNode || child instanceof ListNode) {
            return child;
        }
        if (child instanceof AttributeValue.M map) {
            return new MapNode(map.values());
        }
        if (child instanceof AttributeValue.L list) {
            return new ListNode(list.values());
        }
        return null;
    }

    private static AttributeValue pack(Object node) {
        if (node instanceof MapNode map) {
            Map<String, AttributeValue> values = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : map.entries.entrySet()) {
                values.put(e.getKey(), pack(e.getValue()));
            }
            return AttributeValue.ofMap(values);
        }
        if (node instanceof ListNode list) {
            List<AttributeValue> values = new ArrayList<>(list.elements.length);
            for (int i = 0; i < list.elements.length; i++) {
                if (!list.removed[i]) {
                    values.add(pack(list.elements[i]));
                }
            }
            values.addAll(list.appended.values());
            return AttributeValue.ofList(values);
        }
        return (AttributeValue) node;
    }

    /** A map (or the item itself) being edited: values are AttributeValues or nodes. */
    private static final class MapNode {
        final LinkedHashMap<String, Object> entries;

        MapNode(Map<String, AttributeValue> values) {
            entries = new LinkedHashMap<>(values);
        }
    }

    /** A list being edited, indexed as it was before the update. */
    private static final class ListNode {
        final Object[] elements;
        final boolean[] removed;
        final TreeMap<Integer, AttributeValue> appended = new TreeMap<>();

        ListNode(List<AttributeValue> values) {
            elements = values.toArray();
            removed = new boolean[elements.length];
        }
    }
}

package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A document path: a top-level attribute name followed by map keys and list indexes, as in
 * {@code a.b[2].c}. Built in code: {@code DocumentPath.of("a").field("b").index(2).field("c")}.
 * The first element is always a {@link PathElement.Field} naming the attribute.
 */
public record DocumentPath(List<PathElement> elements) {

    /** Copies the elements; the first must name the top-level attribute. */
    public DocumentPath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof PathElement.Field)) {
            throw new IllegalArgumentException("A document path starts with an attribute name");
        }
    }

    /** The path of a top-level attribute. */
    public static DocumentPath of(String attribute) {
        return new DocumentPath(List.of(PathElement.field(attribute)));
    }

    /** This path followed by a map key. */
    public DocumentPath field(String name) {
        return append(PathElement.field(name));
    }

    /** This path followed by a list index. */
    public DocumentPath index(int index) {
        return append(PathElement.index(index));
    }

    private DocumentPath append(PathElement element) {
        List<PathElement> longer = new ArrayList<>(elements.size() + 1);
        longer.addAll(elements);
        longer.add(element);
        return new DocumentPath(longer);
    }

    /** The top-level attribute's name. */
    public String attribute() {
        return ((PathElement.Field) elements.get(0)).name();
    }

    /** Whether the path names a top-level attribute only. */
    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    /** The number of elements, the attribute name included. */
    public int length() {
        return elements.size();
    }

    /** The element at {@code position}; position 0 is the attribute name. */
    public PathElement element(int position) {
        return elements.get(position);
    }

    /** The last element: the map key, list index or attribute the path ends with. */
    public PathElement last() {
        return elements.get(elements.size() - 1);
    }

    /**
     * The value the path leads to in {@code item}, or null when it leads nowhere (MISSING): the
     * item is null, an attribute or key is absent, an index is past the end, or a step meets a
     * value of the wrong type.
     */
    public AttributeValue get(Item item) {
        if (item == null) {
            return null;
        }
        AttributeValue value = item.get(attribute());
        for (int i = 1; i < elements.size() && value != null; i++) {
            value = child(value, elements.get(i));
        }
        return value;
    }

    /** The element of a map or list that {@code step} selects, or null. */
    static AttributeValue child(AttributeValue container, PathElement step) {
        if (step instanceof PathElement.Field field) {
            return container instanceof AttributeValue.M map
                    ? map.values().get(field.name()) : null;
        }
        int index = ((PathElement.Index) step).index();
        if (container instanceof AttributeValue.L list && index < list.values().size()) {
            return list.values().get(index);
        }
        return null;
    }

    /** The path as DynamoDB prints it in error messages: {@code [a, b, [2], c]}. */
    String describe() {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        for (PathElement element : elements) {
            out.add(element instanceof PathElement.Field field ? field.name() : element.toString());
        }
        return out.toString();
    }

    /** The path in expression syntax: {@code a.b[2].c}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(elements.get(0).toString());
        for (int i = 1; i < elements.size(); i++) {
            PathElement element = elements.get(i);
            if (element instanceof PathElement.Field) {
                out.append('.');
            }
            out.append(element);
        }
        return out.toString();
    }
}

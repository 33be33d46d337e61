package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.Bytes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * An update expression: SET, REMOVE, ADD and DELETE actions applied to one item as DynamoDB
 * applies them. All right-hand sides read the item as it was before the update; then every
 * action writes its own path. List indexes refer to the list before the update.
 *
 * <p>Building one fails (VALIDATION, {@code Invalid UpdateExpression: ...}) when it has no
 * actions or when two paths overlap ({@code a} and {@code a.b}) or conflict ({@code a.b} and
 * {@code a[1]}). Applying one fails with DynamoDB's messages when a path's parent is missing or
 * of the wrong type, a path read on the right is missing, an operand has the wrong type, a
 * number leaves DynamoDB's range, or a document nests too deep.
 */
public final class UpdateExpression {
    private final List<UpdateAction> actions;
    private final Projection updatedPaths;
    // When every action SETs a top-level attribute: their names (distinct, as paths are
    // independent), so that applying is one copy of the item's values; null otherwise.
    private final String[] topLevelSets;

    private UpdateExpression(List<UpdateAction> actions) {
        this.actions = actions;
        List<DocumentPath> paths = new ArrayList<>(actions.size());
        boolean topLevelOnly = true;
        for (UpdateAction action : actions) {
            paths.add(action.path());
            topLevelOnly &= action instanceof UpdateAction.Set && action.path().length() == 1;
        }
        PathChecks.requireIndependent(paths, ExpressionErrors.UPDATE);
        this.updatedPaths = Projection.unchecked(paths);
        if (topLevelOnly) {
            topLevelSets = new String[actions.size()];
            for (int i = 0; i < topLevelSets.length; i++) {
                topLevelSets[i] = actions.get(i).path().attribute();
            }
        } else {
            topLevelSets = null;
        }
    }

    /** An expression of these actions, in the order written. */
    public static UpdateExpression of(UpdateAction... actions) {
        return of(List.of(actions));
    }

    /** An expression of these actions, in the order written. */
    public static UpdateExpression of(List<UpdateAction> actions) {
        List<UpdateAction> copy = List.copyOf(actions);
        if (copy.isEmpty()) {
            throw ExpressionErrors.validation(
                    ExpressionErrors.UPDATE + "The expression can not be empty;");
        }
        return new UpdateExpression(copy);
    }

    /** The actions in the order written. */
    public List<UpdateAction> actions() {
        return actions;
    }

    /**
     * The paths the actions write, as a projection: applied to the item before and after the
     * update it gives what DynamoDB returns for UPDATED_OLD and UPDATED_NEW.
     */
    public Projection updatedPaths() {
        return updatedPaths;
    }

    /**
     * The item after the update. {@code current} is the stored item (null when there is none);
     * {@code whenAbsent} is the item an update of a missing item starts from, normally just its
     * key attributes. Fails without side effects.
     */
    public Item apply(Item current, Item whenAbsent) {
        Objects.requireNonNull(whenAbsent, "whenAbsent");
        AttributeValue[] values = new AttributeValue[actions.size()];
        for (int i = 0; i < values.length; i++) {
            if (actions.get(i) instanceof UpdateAction.Set set) {
                values[i] = set.value().evaluate(current);
            }
        }
        if (topLevelSets != null) {
            // a top-level SET replaces the value in place or appends it, as the editor would
            return (current != null ? current : whenAbsent).with(topLevelSets, values);
        }
        ItemEditor editor = new ItemEditor(current != null ? current : whenAbsent);
        for (int i = 0; i < values.length; i++) {
            UpdateAction action = actions.get(i);
            DocumentPath path = action.path();
            // DynamoDB ignores REMOVE on an item that does not exist, even through a missing
            // parent that it would refuse on an existing item (Scylla's test_update_expression
            // test_nested_attribute_remove_from_missing_item, checked on DynamoDB).
            if (action instanceof UpdateAction.Remove && current == null) {
                continue;
            }
            Object parent = editor.parentOf(path);
            if (parent == null) {
                throw ExpressionErrors.invalidPath();
            }
            if (action instanceof UpdateAction.Set) {
                ItemEditor.put(parent, path.last(), values[i]);
            } else if (action instanceof UpdateAction.Remove) {
                ItemEditor.remove(parent, path.last());
            } else if (action instanceof UpdateAction.Add add) {
                AttributeValue old = ItemEditor.get(parent, path.last());
                ItemEditor.put(parent, path.last(), added(old, add.value()));
            } else {
                AttributeValue old = ItemEditor.get(parent, path.last());
                AttributeValue rest = old == null
                        ? null : deleted(old, ((UpdateAction.Delete) action).value());
                if (rest == null) {
                    ItemEditor.remove(parent, path.last());
                } else {
                    ItemEditor.put(parent, path.last(), rest);
                }
            }
        }
        return editor.toItem();
    }

    // ADD: a number plus a number, or the union of two sets of one type; missing counts as zero
    // or the empty set.
    private static AttributeValue added(AttributeValue old, AttributeValue value) {
        if (old == null) {
            return value;
        }
        if (old instanceof AttributeValue.N a && value instanceof AttributeValue.N b) {
            return ExpressionErrors.computedNumber(a.value().add(b.value()));
        }
        if (old instanceof AttributeValue.SS a && value instanceof AttributeValue.SS b) {
            LinkedHashSet<String> union = new LinkedHashSet<>(a.values());
            union.addAll(b.values());
            return AttributeValue.ofStringSet(union);
        }
        if (old instanceof AttributeValue.NS a && value instanceof AttributeValue.NS b) {
            LinkedHashSet<BigDecimal> union = new LinkedHashSet<>(a.values());
            union.addAll(b.values());
            return AttributeValue.ofNumberSet(union);
        }
        if (old instanceof AttributeValue.BS a && value instanceof AttributeValue.BS b) {
            LinkedHashSet<Bytes> union = new LinkedHashSet<>(a.values());
            union.addAll(b.values());
            return AttributeValue.ofBinarySet(union);
        }
        throw ExpressionErrors.wrongDataType();
    }

    // DELETE: the members of a set not in the given set of the same type; null when none is
    // left, because DynamoDB sets are never empty.
    private static AttributeValue deleted(AttributeValue old, AttributeValue value) {
        if (old instanceof AttributeValue.SS a && value instanceof AttributeValue.SS b) {
            LinkedHashSet<String> rest = new LinkedHashSet<>(a.values());
            rest.removeAll(b.values());
            return rest.isEmpty() ? null : AttributeValue.ofStringSet(rest);
        }
        if (old instanceof AttributeValue.NS a && value instanceof AttributeValue.NS b) {
            LinkedHashSet<BigDecimal> rest = new LinkedHashSet<>(a.values());
            rest.removeAll(b.values());
            return rest.isEmpty() ? null : AttributeValue.ofNumberSet(rest);
        }
        if (old instanceof AttributeValue.BS a && value instanceof AttributeValue.BS b) {
            LinkedHashSet<Bytes> rest = new LinkedHashSet<>(a.values());
            rest.removeAll(b.values());
            return rest.isEmpty() ? null : AttributeValue.ofBinarySet(rest);
        }
        throw ExpressionErrors.wrongDataType();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof UpdateExpression other && actions.equals(other.actions);
    }

    @Override
    public int hashCode() {
        return actions.hashCode();
    }

    /** DynamoDB syntax, actions grouped by clause: {@code SET a = 1, b = b + 1 REMOVE c}. */
    @Override
    public String toString() {
        Map<UpdateAction.Clause, StringJoiner> clauses = new LinkedHashMap<>();
        for (UpdateAction action : actions) {
            clauses.computeIfAbsent(action.clause(),
                    clause -> new StringJoiner(", ", clause + " ", "")).add(action.toString());
        }
        StringJoiner out = new StringJoiner(" ");
        for (StringJoiner clause : clauses.values()) {
            out.add(clause.toString());
        }
        return out.toString();
    }
}

package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code COUNT(*)}: reads its input to the end and returns one row holding the number of rows
 * read under each of its labels (equal labels share one attribute, as their values are equal).
 */
public final class CountOp implements RowSource {
    private final RowSource input;
    private final String[] names;

    /** @param labels the count columns' labels, in select list order */
    public CountOp(RowSource input, List<String> labels) {
        this.input = input;
        this.names = new LinkedHashSet<>(labels).toArray(String[]::new);
    }

    @Override
    public RowIterator open(ExecutionContext context) {
        long count = 0;
        try (RowIterator rows = input.open(context)) {
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
        }
        AttributeValue[] values = new AttributeValue[names.length];
        Arrays.fill(values, AttributeValue.ofNumber(count));
        return RowIterator.single(Item.ofArrays(names, values));
    }

    @Override
    public String explainLine(ExecutionContext context) {
        return "Count(columns=" + Arrays.toString(names) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of(input);
    }
}

package io.partidb.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/jdbc.md lists exactly the connection properties of {@link ConnectionProperty}. */
class PropertyDocsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| ([^|]*) \\|");

    @Test
    void docsListEveryPropertyWithItsDefault() throws IOException {
        Path docs = Path.of("..", "docs", "jdbc.md");
        String text = Files.readString(docs);
        String section = text.substring(text.indexOf("## Connection properties"),
                text.indexOf("\n## ", text.indexOf("## Connection properties") + 5));
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            Matcher matcher = ROW.matcher(line);
            if (matcher.find()) {
                documented.put(matcher.group(1), matcher.group(2).trim());
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (ConnectionProperty property : ConnectionProperty.values()) {
            String value = property.defaultValue();
            expected.put(property.key(), property == ConnectionProperty.SCAN_SEGMENTS
                    ? "the number of available processors"
                    : value == null ? "—" : "`" + value + "`");
        }
        assertThat(documented).isEqualTo(expected);
    }

    @Test
    void dataSourceHasABeanSetterForEveryProperty() throws NoSuchMethodException {
        for (ConnectionProperty property : ConnectionProperty.values()) {
            String setter = "set" + Character.toUpperCase(property.key().charAt(0))
                    + property.key().substring(1);
            boolean found = java.util.Arrays.stream(
                    io.partidb.jdbc.PartiDBDataSource.class.getMethods())
                    .anyMatch(m -> m.getName().equals(setter) && m.getParameterCount() == 1);
            assertThat(found).as(setter).isTrue();
        }
    }
}

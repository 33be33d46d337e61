package io.partidb.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    private final List<String> statements = SampleData.statements();

    @Test
    void theScriptSplitsIntoTwoTablesAndTheirItems() {
        assertThat(statements).hasSize(15);
        assertThat(statements.get(0)).startsWith("CREATE TABLE IF NOT EXISTS \"UsersGames\" (");
        assertThat(statements.subList(1, 9))
                .allSatisfy(sql -> assertThat(sql)
                        .startsWith("INSERT INTO \"UsersGames\" VALUE {"));
        assertThat(statements.get(9)).startsWith("CREATE TABLE IF NOT EXISTS \"Games\" (");
        assertThat(statements.subList(10, 15))
                .allSatisfy(sql -> assertThat(sql).startsWith("INSERT INTO \"Games\" VALUE {"));
    }

    @Test
    void statementsCarryNoCommentsOrTerminators() {
        assertThat(statements).allSatisfy(sql -> {
            assertThat(sql).doesNotStartWith("--").doesNotEndWith(";");
            assertThat(sql.strip()).isEqualTo(sql);
        });
    }

    @Test
    void usersGamesIsKeyedByUserAndGameAndDeclaresEveryAttribute() {
        assertThat(statements.get(0)).contains("PRIMARY KEY (\"User_ID\", \"Game_ID\")",
                "\"User_ID\" STRING", "\"Game_ID\" STRING", "\"Score\" NUMBER", "\"Wins\" NUMBER",
                "\"Active\" BOOLEAN", "\"LastPlayed\" STRING", "\"Stats\" MAP",
                "\"Platforms\" STRING SET");
        assertThat(statements.get(9)).contains("PRIMARY KEY (\"Game_ID\")", "\"Title\" STRING",
                "\"Genre\" STRING", "\"ReleaseYear\" NUMBER", "\"Tags\" STRING SET",
                "\"Publisher\" MAP");
    }

    @Test
    void itemsCoverThreeUsersAndEveryAttributeType() {
        List<String> items = statements.subList(1, 9);

        assertThat(items).filteredOn(sql -> sql.contains("'User_ID': 'u1'")).hasSize(3);
        assertThat(items).anyMatch(sql -> sql.contains("'User_ID': 'u2'"));
        assertThat(items).anyMatch(sql -> sql.contains("'User_ID': 'u3'"));
        assertThat(items).anyMatch(sql -> sql.contains(
                "'Stats': {'level': 5, 'badges': ['gold', 'silver']}"));
        assertThat(items).anyMatch(sql -> sql.contains("'Platforms': <<'pc', 'switch'>>"));
        assertThat(items).anyMatch(sql -> sql.contains("'Active': TRUE"));
        assertThat(items).anyMatch(sql -> sql.contains("'Active': FALSE"));
        assertThat(items).anyMatch(sql -> sql.contains("'LastPlayed': '2026-11-20T18:30:00Z'"));
        assertThat(items).filteredOn(sql -> sql.contains(": NULL")).hasSize(1);
    }

    @Test
    void everyAttributeUsedIsDeclared() {
        List<String> declared = List.of("User_ID", "Game_ID", "Score", "Wins", "Active",
                "LastPlayed", "Stats", "Platforms", "Title", "Genre", "ReleaseYear", "Tags",
                "Publisher");
        // The sample capitalises attribute names and writes map keys in lower case.
        Pattern attribute = Pattern.compile("'([A-Z][A-Za-z_]*)': ");
        for (String item : statements.stream().filter(s -> s.startsWith("INSERT")).toList()) {
            List<String> names = attribute.matcher(item).results().map(m -> m.group(1)).toList();
            assertThat(names).isNotEmpty();
            assertThat(declared).as(item).containsAll(names);
        }
    }
}

package io.partidb.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The parser shares nothing mutable between calls: parallel parses give sequential results. */
class ConcurrentParsingTest {

    private static final List<String> STATEMENTS = List.of(
            "SELECT * FROM t WHERE pk = ? AND sk BETWEEN ? AND ?",
            "SELECT a, b.c[1] AS x FROM t.i WHERE a IN [1, 2, 3] ORDER BY a DESC LIMIT 5",
            "INSERT INTO t VALUE {'pk': ?, 'm': {'l': [1, <<'a'>>]}}",
            "UPDATE t SET a = a + 1 REMOVE b WHERE pk = 'k' RETURNING ALL NEW *",
            "FROM t WHERE pk = 1 SET c = 2",
            "DELETE FROM t WHERE pk = 1 RETURNING ALL OLD *",
            "CREATE TABLE t (pk STRING, sk NUMBER, PRIMARY KEY (pk, sk),"
                    + " GLOBAL INDEX g (sk) PROJECTION KEYS_ONLY)",
            "SELECT * FORM t",
            "SELECT * FROM t; SELECT 1");

    private static String outcome(String text) {
        try {
            return StatementParser.parse(text).toString();
        } catch (SyntaxError e) {
            return e.getMessage();
        }
    }

    @Test
    void parallelParsesMatchSequentialOnes() throws Exception {
        List<String> expected = STATEMENTS.stream().map(ConcurrentParsingTest::outcome).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                Callable<List<String>> run = () -> {
                    List<String> last = List.of();
                    for (int round = 0; round < 50; round++) {
                        last = STATEMENTS.stream().map(ConcurrentParsingTest::outcome).toList();
                        if (!last.equals(expected)) {
                            return last;
                        }
                    }
                    return last;
                };
                runs.add(pool.submit(run));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

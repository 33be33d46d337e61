package io.partidb.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.engine.Database;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.planner.access.AccessPath;
import org.junit.jupiter.api.Test;

/**
 * The warm-up plans what it means to (in the background a failure would be swallowed), and
 * waiting for it never blocks its own thread or a JVM where it never started.
 */
class PlannerWarmUpTest {

    @Test
    void warmUpConvertsTheSelectAndChoosesAQuery() {
        assertThat(PlannerWarmUp.warmUp()).isInstanceOf(AccessPath.Query.class);
    }

    @Test
    void planningAfterTheWarmUpWasStartedSucceeds() {
        PlannerWarmUp.startInBackground();
        PlannerWarmUp.awaitCompletion();
        Database database = Database.create("warm");
        database.createTable(TableDefinition.of("Things",
                KeySchema.of(KeyElement.of("k", ScalarType.S))));
        Planner planner = new Planner(database);
        assertThat(planner.prepare("SELECT * FROM Things WHERE k = 'x'").returnsRows()).isTrue();
    }
}

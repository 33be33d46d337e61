package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.log.ChangeLogPolicy;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Client request tokens of TransactWriteItems: a repeat within 10 minutes of a commit changes
 * nothing and reports read capacity; another request under the token is refused; a failed
 * request leaves the token free; the token's length is checked with the request's members.
 */
class IdempotencyTest {
    private final TestClock clock = TestClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final Database db = Database.create("idem", ChangeLogPolicy.defaults(), clock);
    private final Table items = db.createTable(TestTables.hashTable("items", ScalarType.S));

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    private static TransactWriteItemsRequest putting(String token, Item... puts) {
        List<TransactWriteItem> actions = new ArrayList<>();
        for (Item put : puts) {
            actions.add(TransactWriteItem.put("items", put));
        }
        return new TransactWriteItemsRequest(actions, token);
    }

    @Test
    void aRepeatWithinTenMinutesChangesNothingAndReportsReadCapacity() {
        items.putItem(item("pk", "gone", "v", 1));
        TransactWriteItemsRequest request = new TransactWriteItemsRequest(List.of(
                TransactWriteItem.put("items", item("pk", "a", "data", "x".repeat(5000))),
                TransactWriteItem.put("items", item("pk", "b", "v", 1)),
                TransactWriteItem.delete("items", key("gone"))), "token-1");
        TransactWriteItemsResult first = db.transactWriteItems(request);
        assertThat(first.consumedCapacity())
                .containsExactly(ConsumedCapacity.write("items", 10.0 + 2.0 + 2.0));
        items.putItem(item("pk", "b", "v", 2));
        long log = items.changeLog().nextSequence();

        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        TransactWriteItemsResult repeat = db.transactWriteItems(request);
        // Transactional reads of what the first request left: 8 KB, 4 KB, a missing item.
        assertThat(repeat.consumedCapacity())
                .containsExactly(ConsumedCapacity.read("items", 4.0 + 2.0 + 2.0));
        assertThat(items.getItem(key("b"))).contains(item("pk", "b", "v", 2));
        assertThat(items.changeLog().nextSequence()).isEqualTo(log);
    }

    @Test
    void tenMinutesAfterTheCommitTheTokenIsNew() {
        TransactWriteItemsRequest request = putting("token-2", item("pk", "a", "v", 1));
        db.transactWriteItems(request);
        items.putItem(item("pk", "a", "v", 2));
        clock.advance(Duration.ofMinutes(10));
        TransactWriteItemsResult again = db.transactWriteItems(request);
        assertThat(again.consumedCapacity()).containsExactly(ConsumedCapacity.write("items", 2));
        assertThat(items.getItem(key("a"))).contains(item("pk", "a", "v", 1));
    }

    @Test
    void anotherRequestUnderTheTokenIsRefusedAndWritesNothing() {
        db.transactWriteItems(putting("token-3", item("pk", "a", "v", 1)));
        assertEngineError(() -> db.transactWriteItems(putting("token-3",
                item("pk", "a", "v", 9))), ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH,
                "DynamoDB rejected the request because you retried a request with a different "
                        + "payload but with an idempotent token that was already used.");
        assertThat(items.getItem(key("a"))).contains(item("pk", "a", "v", 1));
        // Another token is another request.
        db.transactWriteItems(putting("token-4", item("pk", "a", "v", 9)));
        assertThat(items.getItem(key("a"))).contains(item("pk", "a", "v", 9));
    }

    @Test
    void aCancelledRequestLeavesItsTokenFree() {
        items.putItem(item("pk", "taken"));
        TransactWriteItemsRequest request = new TransactWriteItemsRequest(List.of(
                TransactWriteItem.put("items", item("pk", "taken", "v", 1))
                        .withCondition(Condition.attributeNotExists(p("pk")))), "token-5");
        assertThatThrownBy(() -> db.transactWriteItems(request))
                .isInstanceOf(TransactionCanceledException.class);
        items.deleteItem(key("taken"));
        db.transactWriteItems(request);
        assertThat(items.getItem(key("taken"))).contains(item("pk", "taken", "v", 1));
        // And a rejected request does not take the token either.
        assertEngineError(() -> db.transactWriteItems(new TransactWriteItemsRequest(List.of(
                TransactWriteItem.put("nope", item("pk", "x"))), "token-6")),
                ErrorCode.RESOURCE_NOT_FOUND);
        db.transactWriteItems(putting("token-6", item("pk", "x")));
        assertThat(items.getItem(key("x"))).isPresent();
    }

    @Test
    void aTokenStillRunningRefusesItsRepeat() {
        IdempotencyTokens tokens = new IdempotencyTokens(clock);
        TransactWriteItemsRequest request = putting("t", item("pk", "a"));
        IdempotencyTokens.Claim running = tokens.claim("t", request);
        assertThat(running.replay()).isNull();
        assertEngineError(() -> tokens.claim("t", request), ErrorCode.TRANSACTION_IN_PROGRESS,
                "The transaction with the given request token is already in progress.");
        assertEngineError(() -> tokens.claim("t", putting("t", item("pk", "b"))),
                ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH);
        TransactWriteItemsResult replay = new TransactWriteItemsResult(List.of());
        tokens.commit(running, replay);
        assertThat(tokens.claim("t", request).replay()).isSameAs(replay);
    }

    @Test
    void expiredTokensAreForgotten() {
        IdempotencyTokens tokens = new IdempotencyTokens(clock);
        for (int i = 0; i < 50; i++) {
            IdempotencyTokens.Claim claim = tokens.claim("t" + i, putting("t" + i));
            tokens.commit(claim, new TransactWriteItemsResult(List.of()));
        }
        assertThat(tokens.size()).isEqualTo(50);
        clock.advance(Duration.ofMinutes(10));
        tokens.claim("new", putting("new"));
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void theTokenHasOneToThirtySixCharacters() {
        String longest = "t".repeat(36);
        db.transactWriteItems(putting(longest, item("pk", "a")));
        assertEngineError(() -> db.transactWriteItems(putting(longest + "t", item("pk", "b"))),
                ErrorCode.VALIDATION, "1 validation error detected: Value '" + longest + "t' at "
                        + "'clientRequestToken' failed to satisfy constraint: Member must have "
                        + "length less than or equal to 36");
        assertEngineError(() -> db.transactWriteItems(putting("", item("pk", "b"))),
                ErrorCode.VALIDATION, "1 validation error detected: Value '' at "
                        + "'clientRequestToken' failed to satisfy constraint: Member must have "
                        + "length greater than or equal to 1");
        assertEngineError(() -> db.transactWriteItems(putting("")), ErrorCode.VALIDATION,
                "2 validation errors detected: Value '' at 'clientRequestToken' failed to "
                        + "satisfy constraint: Member must have length greater than or equal to "
                        + "1; Value '[]' at 'transactItems' failed to satisfy constraint: Member "
                        + "must have length greater than or equal to 1");
        assertThat(items.getItem(key("b"))).isEmpty();
    }
}

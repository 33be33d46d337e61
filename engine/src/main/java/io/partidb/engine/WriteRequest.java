package io.partidb.engine;

import java.util.Objects;

/** One write of a BatchWriteItem: put an item ({@code PutRequest}) or delete a key. */
public sealed interface WriteRequest permits WriteRequest.Put, WriteRequest.Delete {

    /** Puts {@code item}, replacing any item with its key. */
    static Put put(Item item) {
        return new Put(item);
    }

    /** Deletes the item with {@code key}, if there is one. */
    static Delete delete(Key key) {
        return new Delete(key);
    }

    /** A {@code PutRequest}. */
    record Put(Item item) implements WriteRequest {
        /** Requires the item. */
        public Put {
            Objects.requireNonNull(item, "item");
        }

        @Override
        public String toString() {
            return "PutRequest(Item=" + item + ")";
        }
    }

    /** A {@code DeleteRequest}. */
    record Delete(Key key) implements WriteRequest {
        /** Requires the key. */
        public Delete {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "DeleteRequest(Key=" + key + ")";
        }
    }
}

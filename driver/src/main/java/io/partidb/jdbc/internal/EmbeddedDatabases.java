package io.partidb.jdbc.internal;

import io.partidb.engine.Database;
import io.partidb.planner.Planner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named in-memory databases of this JVM: {@code jdbc:partidb:mem:<name>} opens the same
 * database from every connection for the life of the JVM; an empty name opens a new, private
 * one. Each database has one planner, so its plan cache is shared by all its connections.
 */
public final class EmbeddedDatabases {
    /** A database and its planner. */
    public record Handle(Database database, Planner planner) {
        static Handle create(String name) {
            Database database = Database.create(name);
            return new Handle(database, new Planner(database));
        }
    }

    private static final ConcurrentHashMap<String, Handle> NAMED = new ConcurrentHashMap<>();

    private EmbeddedDatabases() {
    }

    /** The database of this name, created empty on first use; a new one for an empty name. */
    public static Handle open(String name) {
        if (name.isEmpty()) {
            return Handle.create("");
        }
        return NAMED.computeIfAbsent(name, Handle::create);
    }
}

package io.partidb.jdbc.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.PooledConnection;
import javax.sql.StatementEventListener;

/**
 * A physical connection managed by a pool. {@link #getConnection()} hands out a logical handle;
 * closing the handle tells the pool's listeners the connection is free again instead of closing
 * it; an error on the handle that makes the connection unusable is reported as such.
 */
public final class PooledConnectionImpl implements PooledConnection {
    private final Connection physical;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<StatementEventListener> statementListeners = new CopyOnWriteArrayList<>();
    private Handle current;

    public PooledConnectionImpl(Connection physical) {
        this.physical = physical;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (physical.isClosed()) {
            throw Errors.closed("Pooled connection");
        }
        if (current != null) {
            current.closed = true;
        }
        current = new Handle();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, current);
    }

    @Override
    public void close() throws SQLException {
        physical.close();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    /** Kept for the pool; PartiDB does not pool statements, so no statement events occur. */
    @Override
    public void addStatementEventListener(StatementEventListener listener) {
        statementListeners.add(listener);
    }

    @Override
    public void removeStatementEventListener(StatementEventListener listener) {
        statementListeners.remove(listener);
    }

    /** The logical connection handed to one user of the pooled connection. */
    private final class Handle implements InvocationHandler {
        private volatile boolean closed;

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close")) {
                if (!closed) {
                    closed = true;
                    ConnectionEvent event = new ConnectionEvent(PooledConnectionImpl.this);
                    listeners.forEach(l -> l.connectionClosed(event));
                }
                return null;
            }
            if (name.equals("isClosed")) {
                return closed || physical.isClosed();
            }
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("toString")) {
                return "PartiDB logical connection over " + physical;
            }
            if (closed) {
                throw Errors.closed("Connection");
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08")) {
                    ConnectionEvent event = new ConnectionEvent(PooledConnectionImpl.this, sql);
                    listeners.forEach(l -> l.connectionErrorOccurred(event));
                }
                throw cause;
            }
        }
    }
}

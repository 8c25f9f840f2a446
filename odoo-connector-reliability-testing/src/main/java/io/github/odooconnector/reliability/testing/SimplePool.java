package io.github.odooconnector.reliability.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A deliberately tiny connection pool for tests (the library itself takes any {@link DataSource};
 * production hosts bring HikariCP or their container's pool). Each instance stands for one
 * application instance's pool.
 */
final class SimplePool implements DataSource, AutoCloseable {

  private final PGSimpleDataSource target = new PGSimpleDataSource();
  private final Semaphore permits;
  private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
  private volatile boolean closed;

  SimplePool(String jdbcUrl, int maxConnections) {
    target.setURL(jdbcUrl);
    this.permits = new Semaphore(maxConnections, true);
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (closed) {
      throw new SQLException("pool closed", "08003");
    }
    try {
      if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new SQLException("no connection available within 30 s", "08001");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted waiting for a connection", "08001", e);
    }
    try {
      Connection physical = idle.pollFirst();
      if (physical == null || physical.isClosed()) {
        physical = target.getConnection();
      }
      return wrap(physical);
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection wrap(Connection physical) {
    InvocationHandler handler =
        new InvocationHandler() {
          private boolean released;

          @Override
          public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
              case "close":
                if (!released) {
                  released = true;
                  giveBack(physical);
                }
                return null;
              case "isClosed":
                return released || physical.isClosed();
              case "unwrap":
                return physical.unwrap((Class<?>) args[0]);
              default:
                if (released) {
                  throw new SQLException("connection already returned to the pool", "08003");
                }
                try {
                  return method.invoke(physical, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
            }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private void giveBack(Connection physical) {
    try {
      if (!physical.isClosed()) {
        if (!physical.getAutoCommit()) {
          physical.rollback();
          physical.setAutoCommit(true);
        }
        if (closed) {
          physical.close();
        } else {
          idle.offerFirst(physical);
        }
      }
    } catch (SQLException e) {
      try {
        physical.close();
      } catch (SQLException ignored) {
        // broken connection
      }
    } finally {
      permits.release();
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // not used
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // not used
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}

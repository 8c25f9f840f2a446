package io.github.odooconnector.reliability.internal;

import io.github.odooconnector.reliability.spi.StoreSubscription;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on one PostgreSQL {@code LISTEN} channel with a dedicated connection and calls the
 * subscribers whenever a notification arrives. One listening thread and one connection serve every
 * subscriber of an instance; they are taken when the first subscriber arrives and released when the
 * last one leaves.
 *
 * <p>The connection is borrowed from the store's {@link DataSource} and held while listening. When
 * it breaks (server restart, {@code pg_terminate_backend}, network), the thread aborts it, calls
 * every subscriber once (they fall back to a claim), waits with exponential backoff (100 ms
 * doubling to 30 s) and listens again; after every (re)connection it calls the subscribers once,
 * since notifications sent while nobody listened are lost. Every {@value #HEALTH_CHECK_SECONDS} s
 * of silence the connection is validated, so a half-open TCP connection is noticed. Without the
 * PostgreSQL driver's API (another driver, a pool that cannot unwrap) it logs once and stops:
 * workers poll. Thread-safe.
 */
public final class PgNotificationListener {

  private static final System.Logger LOG = System.getLogger(PgNotificationListener.class.getName());

  /** The {@code application_name} of the outbox store's listening connection while it listens. */
  public static final String APPLICATION_NAME = "odc-outbox-listener";

  /** The {@code application_name} of the inbox store's listening connection while it listens. */
  public static final String INBOX_APPLICATION_NAME = "odc-inbox-listener";

  private static final int WAIT_MILLIS = 250;
  private static final int HEALTH_CHECK_SECONDS = 10;
  private static final long MIN_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(30);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final DataSource dataSource;
  private final String channel;
  private final String applicationName;
  private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
  private Session session; // guarded by this

  /**
   * Creates a listener (nothing happens until the first subscription).
   *
   * @param dataSource where the listening connection is borrowed
   * @param channel the channel, a plain lower-case identifier
   * @param applicationName the {@code application_name} of the listening connection while it
   *     listens, also the prefix of the listening thread's name; lower-case letters, digits and
   *     dashes
   */
  public PgNotificationListener(DataSource dataSource, String channel, String applicationName) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    if (!channel.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("channel must be a plain identifier: " + channel);
    }
    if (!applicationName.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("applicationName must be plain: " + applicationName);
    }
    this.channel = channel;
    this.applicationName = applicationName;
  }

  /**
   * Calls {@code wakeup} on every notification (and after every reconnection) until the returned
   * subscription is closed.
   *
   * @param wakeup the call, quick and non-blocking
   * @return the subscription
   */
  public StoreSubscription subscribe(Runnable wakeup) {
    Subscriber s = new Subscriber(Objects.requireNonNull(wakeup, "wakeup"));
    synchronized (this) {
      subscribers.add(s);
      if (session == null) {
        session = new Session();
        session.start();
      }
    }
    return s;
  }

  private void unsubscribe(Subscriber s) {
    Session stopping = null;
    synchronized (this) {
      if (subscribers.remove(s) && subscribers.isEmpty() && session != null) {
        stopping = session;
        session = null;
      }
    }
    if (stopping != null) {
      stopping.stop();
    }
  }

  private void wakeAll() {
    for (Subscriber s : subscribers) {
      try {
        s.wakeup.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, channel + " wake-up call failed; ignored", e);
      }
    }
  }

  private final class Subscriber implements StoreSubscription {
    private final Runnable wakeup;
    private final AtomicBoolean closed = new AtomicBoolean();

    Subscriber(Runnable wakeup) {
      this.wakeup = wakeup;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        unsubscribe(this);
      }
    }
  }

  /** One listening thread; a new one is started after the last subscriber left and another came. */
  private final class Session implements Runnable {
    private final Thread thread;
    private volatile boolean stopped;
    private boolean listening; // confined to the thread

    Session() {
      thread = new Thread(this, applicationName + "-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    void stop() {
      stopped = true;
      LockSupport.unpark(thread);
      if (Thread.currentThread() != thread) {
        try {
          // the thread looks at the flag at least every WAIT_MILLIS; a connection attempt may take
          // longer (the pool's own timeout), the thread then ends on its own
          thread.join(WAIT_MILLIS * 8L);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    @Override
    public void run() {
      long backoff = MIN_BACKOFF_NANOS;
      boolean warned = false;
      while (!stopped) {
        Connection c = null;
        boolean broken = true;
        listening = false;
        try {
          c = dataSource.getConnection();
          if (!c.isWrapperFor(PGConnection.class)) {
            LOG.log(
                Level.WARNING,
                "the data source's connections are not PostgreSQL driver connections (cannot"
                    + " unwrap the driver's PGConnection); workers of channel "
                    + channel
                    + " poll without LISTEN/NOTIFY wake-ups");
            broken = false;
            return;
          }
          listen(c);
          broken = false;
        } catch (SQLException | RuntimeException e) {
          if (stopped) {
            break;
          }
          if (listening) { // it worked for a while: start over with a short pause
            backoff = MIN_BACKOFF_NANOS;
            warned = false;
          }
          LOG.log(
              warned ? Level.DEBUG : Level.WARNING,
              "listening for notifications on channel "
                  + channel
                  + " failed; workers poll until it is back (next attempt in "
                  + TimeUnit.NANOSECONDS.toMillis(backoff)
                  + " ms)",
              e);
          warned = true;
        } catch (LinkageError e) {
          LOG.log(
              Level.WARNING,
              "the PostgreSQL JDBC driver's API (PGConnection) is not available; workers of"
                  + " channel "
                  + channel
                  + " poll without LISTEN/NOTIFY wake-ups",
              e);
          return;
        } finally {
          release(c, broken);
        }
        if (!stopped) {
          wakeAll(); // whatever was appended while nobody listened: claim now
          pause(backoff);
          backoff = Math.min(MAX_BACKOFF_NANOS, backoff * 2);
        }
      }
    }

    /** Listens until stopped (returns normally) or the connection fails (throws). */
    private void listen(Connection c) throws SQLException {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      try (Statement st = c.createStatement()) {
        st.execute("SET application_name = '" + applicationName + "'");
        st.execute("LISTEN " + channel);
      }
      listening = true;
      PGConnection pg = c.unwrap(PGConnection.class);
      wakeAll(); // notifications sent before LISTEN took effect are lost: look once
      long lastCheck = System.nanoTime();
      while (!stopped) {
        PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
        if (received != null && received.length > 0) {
          wakeAll();
          lastCheck = System.nanoTime();
        } else if (System.nanoTime() - lastCheck > TimeUnit.SECONDS.toNanos(HEALTH_CHECK_SECONDS)) {
          if (!c.isValid(5)) {
            throw new SQLException("the listening connection is no longer valid", "08006");
          }
          lastCheck = System.nanoTime();
        }
      }
    }

    /**
     * Gives the connection back: a healthy one stops listening first, a broken one is aborted so
     * that a pool discards it instead of handing it out again.
     */
    private void release(Connection c, boolean broken) {
      if (c == null) {
        return;
      }
      try {
        if (broken) {
          c.abort(Runnable::run);
        } else {
          try (Statement st = c.createStatement()) {
            st.execute("UNLISTEN " + channel);
            st.execute("RESET application_name");
          }
        }
      } catch (SQLException | RuntimeException e) {
        LOG.log(Level.DEBUG, "cleaning up the listening connection failed", e);
      } finally {
        try {
          c.close();
        } catch (SQLException e) {
          LOG.log(Level.DEBUG, "closing the listening connection failed", e);
        }
      }
    }

    private void pause(long nanos) {
      long deadline = System.nanoTime() + nanos;
      long left;
      while (!stopped && (left = deadline - System.nanoTime()) > 0) {
        LockSupport.parkNanos(this, left);
      }
    }
  }
}

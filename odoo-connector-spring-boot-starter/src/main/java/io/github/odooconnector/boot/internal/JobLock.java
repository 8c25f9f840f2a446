package io.github.odooconnector.boot.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Lets one instance at a time run a job: a PostgreSQL session advisory lock on a connection held
 * for the run (released by the database if the instance dies), or an in-process lock without a
 * database.
 */
public final class JobLock {

  private final DataSource dataSource;
  private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();

  /**
   * Creates the lock.
   *
   * @param dataSource the shared PostgreSQL database, or null for in-process locking
   */
  public JobLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A held lock; closing releases it. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Takes the lock of a job if no one holds it.
   *
   * @param job the job name
   * @return the held lock, or empty when another run (here or on another instance) holds it
   */
  public Optional<Held> tryAcquire(String job) {
    ReentrantLock mine = local.computeIfAbsent(job, k -> new ReentrantLock());
    if (!mine.tryLock()) {
      return Optional.empty();
    }
    if (dataSource == null) {
      return Optional.of(mine::unlock);
    }
    long key = keyOf(job);
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(true);
      if (!query(c, "SELECT pg_try_advisory_lock(?)", key)) {
        c.close();
        mine.unlock();
        return Optional.empty();
      }
      Connection held = c;
      return Optional.of(
          () -> {
            try (held) {
              query(held, "SELECT pg_advisory_unlock(?)", key);
            } catch (SQLException e) {
              // closing the session releases the advisory lock anyway
            } finally {
              mine.unlock();
            }
          });
    } catch (SQLException e) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // nothing more to release
        }
      }
      mine.unlock();
      throw new IllegalStateException("cannot take the lock of job " + job, e);
    }
  }

  private static boolean query(Connection c, String sql, long key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /**
   * The advisory lock key of a job: the first 8 bytes of SHA-256 of its qualified name.
   *
   * @param job the job name
   * @return the key
   */
  static long keyOf(String job) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(("odoo-connector:job:" + job).getBytes(StandardCharsets.UTF_8));
      long k = 0;
      for (int i = 0; i < 8; i++) {
        k = (k << 8) | (d[i] & 0xff);
      }
      return k;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

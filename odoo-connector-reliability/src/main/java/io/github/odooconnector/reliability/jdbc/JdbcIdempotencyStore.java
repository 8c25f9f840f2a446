package io.github.odooconnector.reliability.jdbc;

import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Jdbc;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.ClaimRequest;
import io.github.odooconnector.reliability.spi.ClaimResult;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyState;
import io.github.odooconnector.reliability.spi.IdempotencyStats;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link IdempotencyStore} on PostgreSQL (table {@code odc_idempotency}, see {@link
 * ReliabilitySchema}), shared by every application instance using the same database.
 *
 * <p>A claim is an {@code INSERT ... ON CONFLICT DO NOTHING}; taking over a failed key or an
 * expired lease is a compare-and-set {@code UPDATE} on the fencing token, so exactly one of any
 * number of racing claimants wins. Every statement runs in auto-commit mode on a connection
 * borrowed from the {@link DataSource} (use a pool). Thread-safe.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {

  private static final String COLUMNS =
      "idem_key, fingerprint, state, owner, fencing_token, lease_expires_at, "
          + "result_json, last_error, created_at, updated_at, expires_at";
  private static final int MAX_CLAIM_ROUNDS = 16;

  private final DataSource dataSource;

  private JdbcIdempotencyStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Creates the store on a database migrated with {@link ReliabilitySchema#migrate(DataSource)}.
   *
   * @param dataSource a (pooled) data source for that database
   * @return the store
   */
  public static JdbcIdempotencyStore create(DataSource dataSource) {
    return new JdbcIdempotencyStore(dataSource);
  }

  @Override
  public ClaimResult claim(ClaimRequest request) {
    Objects.requireNonNull(request, "request");
    Instant now = Times.micros(request.now());
    long leaseMicros = Times.microsBetween(request.now(), request.leaseExpiresAt());
    return Jdbc.autoCommit(
        dataSource,
        "idempotency.claim",
        c -> {
          for (int round = 0; round < MAX_CLAIM_ROUNDS; round++) {
            Optional<IdempotencyRecord> inserted = insert(c, request, now, leaseMicros);
            if (inserted.isPresent()) {
              return new ClaimResult(ClaimResult.Status.ACQUIRED, inserted.get());
            }
            Optional<Found> found = selectLive(c, request.key());
            if (found.isEmpty()) {
              continue; // purged between our insert and select: insert again
            }
            IdempotencyRecord existing = found.get().record();
            if (!existing.fingerprint().equals(request.fingerprint())) {
              return new ClaimResult(ClaimResult.Status.FINGERPRINT_MISMATCH, existing);
            }
            if (existing.state() == IdempotencyState.COMPLETED) {
              return new ClaimResult(ClaimResult.Status.COMPLETED, existing);
            }
            if (existing.state() == IdempotencyState.IN_PROGRESS && found.get().leaseLive()) {
              return new ClaimResult(ClaimResult.Status.IN_PROGRESS, existing);
            }
            Optional<IdempotencyRecord> taken =
                takeOver(c, request, existing.fencingToken(), now, leaseMicros);
            if (taken.isPresent()) {
              return new ClaimResult(ClaimResult.Status.ACQUIRED, taken.get());
            }
            // another claimant changed the row first: look again
          }
          throw new SQLException(
              "idempotency key '"
                  + request.key()
                  + "' kept changing during "
                  + MAX_CLAIM_ROUNDS
                  + " claim rounds",
              "40001");
        });
  }

  /** A record and whether its lease is still running by the database's clock. */
  private record Found(IdempotencyRecord record, boolean leaseLive) {}

  private static Optional<IdempotencyRecord> insert(
      Connection c, ClaimRequest r, Instant now, long leaseMicros) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO odc_idempotency ("
                + COLUMNS
                + ") VALUES (?, ?, 'IN_PROGRESS', ?, 1, now() + ? * interval '1 microsecond',"
                + " NULL, NULL, ?, ?, ?) ON CONFLICT"
                + " (idem_key) DO NOTHING RETURNING "
                + COLUMNS)) {
      ps.setString(1, r.key());
      ps.setString(2, r.fingerprint());
      ps.setString(3, r.owner());
      ps.setLong(4, leaseMicros);
      ps.setObject(5, Times.sql(now));
      ps.setObject(6, Times.sql(now));
      ps.setObject(7, Times.sql(Times.micros(r.expiresAt())));
      return single(ps);
    }
  }

  private static Optional<IdempotencyRecord> takeOver(
      Connection c, ClaimRequest r, long token, Instant now, long leaseMicros) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE odc_idempotency SET state = 'IN_PROGRESS', owner = ?, fencing_token ="
                + " fencing_token + 1, lease_expires_at = now() + ? * interval '1 microsecond',"
                + " result_json = NULL, updated_at = ?, expires_at = ? WHERE idem_key = ? AND"
                + " fencing_token = ? AND (state = 'FAILED' OR (state = 'IN_PROGRESS' AND"
                + " lease_expires_at <= now())) RETURNING "
                + COLUMNS)) {
      ps.setString(1, r.owner());
      ps.setLong(2, leaseMicros);
      ps.setObject(3, Times.sql(now));
      ps.setObject(4, Times.sql(Times.micros(r.expiresAt())));
      ps.setString(5, r.key());
      ps.setLong(6, token);
      return single(ps);
    }
  }

  private static Optional<IdempotencyRecord> select(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM odc_idempotency WHERE idem_key = ?")) {
      ps.setString(1, key);
      return single(ps);
    }
  }

  private static Optional<Found> selectLive(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + ", lease_expires_at > now() AS lease_live FROM odc_idempotency WHERE idem_key"
                + " = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Found(map(rs), rs.getBoolean("lease_live")))
            : Optional.empty();
      }
    }
  }

  private static Optional<IdempotencyRecord> single(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(map(rs)) : Optional.empty();
    }
  }

  private static IdempotencyRecord map(ResultSet rs) throws SQLException {
    return new IdempotencyRecord(
        rs.getString("idem_key"),
        rs.getString("fingerprint").trim(),
        IdempotencyState.valueOf(rs.getString("state")),
        rs.getString("owner"),
        rs.getLong("fencing_token"),
        Times.read(rs, "lease_expires_at"),
        rs.getString("result_json"),
        rs.getString("last_error"),
        Times.read(rs, "created_at"),
        Times.read(rs, "updated_at"),
        Times.read(rs, "expires_at"));
  }

  @Override
  public boolean complete(String key, long fencingToken, String resultJson, Instant now) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(resultJson, "resultJson");
    Objects.requireNonNull(now, "now");
    return Jdbc.autoCommit(
        dataSource,
        "idempotency.complete",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_idempotency SET state = 'COMPLETED', "
                      + "result_json = ?, last_error = NULL, updated_at = ? "
                      + "WHERE idem_key = ? AND fencing_token = ? AND state = 'IN_PROGRESS'")) {
            ps.setString(1, resultJson);
            ps.setObject(2, Times.sql(Times.micros(now)));
            ps.setString(3, key);
            ps.setLong(4, fencingToken);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean renew(String key, long fencingToken, Instant now, Instant leaseExpiresAt) {
    Objects.requireNonNull(key, "key");
    long leaseMicros = Times.microsBetween(now, leaseExpiresAt);
    return Jdbc.autoCommit(
        dataSource,
        "idempotency.renew",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_idempotency SET lease_expires_at = now() + ? * interval '1"
                      + " microsecond' WHERE idem_key = ? AND fencing_token = ? AND state ="
                      + " 'IN_PROGRESS'")) {
            ps.setLong(1, leaseMicros);
            ps.setString(2, key);
            ps.setLong(3, fencingToken);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean fail(String key, long fencingToken, String error, Instant now) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(now, "now");
    return Jdbc.autoCommit(
        dataSource,
        "idempotency.fail",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_idempotency SET state = 'FAILED', last_error = ?, updated_at = ?"
                      + " WHERE idem_key = ? AND fencing_token = ? AND state = 'IN_PROGRESS'")) {
            ps.setString(1, Errors.truncate(error));
            ps.setObject(2, Times.sql(Times.micros(now)));
            ps.setString(3, key);
            ps.setLong(4, fencingToken);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<IdempotencyRecord> find(String key) {
    Objects.requireNonNull(key, "key");
    return Jdbc.autoCommit(dataSource, "idempotency.find", c -> select(c, key));
  }

  @Override
  public int purgeExpired(Instant now) {
    Objects.requireNonNull(now, "now");
    return Jdbc.autoCommit(
        dataSource,
        "idempotency.purge",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM odc_idempotency WHERE state <> 'IN_PROGRESS' AND expires_at < ?")) {
            ps.setObject(1, Times.sql(now));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public IdempotencyStats stats() {
    Map<String, StatusStats> byState =
        Jdbc.statusStats(
            dataSource,
            "idempotency.stats",
            "SELECT CASE WHEN state = 'IN_PROGRESS' AND lease_expires_at <= now() THEN 'UNKNOWN'"
                + " ELSE state END AS s, count(*), min(updated_at) FROM odc_idempotency GROUP BY"
                + " s");
    return new IdempotencyStats(
        byState.getOrDefault("IN_PROGRESS", StatusStats.empty()),
        byState.getOrDefault("UNKNOWN", StatusStats.empty()),
        byState.getOrDefault("COMPLETED", StatusStats.empty()),
        byState.getOrDefault("FAILED", StatusStats.empty()));
  }

  @Override
  public String toString() {
    return "JdbcIdempotencyStore[table=odc_idempotency]";
  }
}

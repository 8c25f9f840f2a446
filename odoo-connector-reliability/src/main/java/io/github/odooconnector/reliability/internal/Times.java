package io.github.odooconnector.reliability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Time helpers: all stored instants are truncated to microseconds (PostgreSQL's precision). */
public final class Times {

  private Times() {}

  /** The clock's instant truncated to microseconds. */
  public static Instant now(Clock clock) {
    return micros(clock.instant());
  }

  /** Truncates to microseconds. */
  public static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** Microseconds from {@code from} to {@code to} (negative when {@code to} is earlier). */
  public static long microsBetween(Instant from, Instant to) {
    return ChronoUnit.MICROS.between(micros(from), micros(to));
  }

  /** JDBC parameter value for a {@code timestamptz}. */
  public static OffsetDateTime sql(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Reads a {@code timestamptz} column, null-safe. */
  public static Instant read(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}

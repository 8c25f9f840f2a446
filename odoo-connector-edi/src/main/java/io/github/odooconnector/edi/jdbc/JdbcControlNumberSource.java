package io.github.odooconnector.edi.jdbc;

import io.github.odooconnector.common.internal.Jdbc;
import io.github.odooconnector.edi.spi.ControlNumberSource;
import io.github.odooconnector.edi.spi.ControlNumberStoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A durable {@link ControlNumberSource} on PostgreSQL: one row per sequence in {@code
 * odc_edi_control_number}, advanced by a single atomic {@code INSERT ... ON CONFLICT DO UPDATE ...
 * RETURNING} statement, so writers in any number of threads and processes sharing the database
 * never receive the same number, and numbers survive restarts.
 *
 * <p>Create the table once with {@link #createSchema()} (idempotent) or with your migration tool
 * (the statement is {@link #SCHEMA}). Thread-safe.
 */
public final class JdbcControlNumberSource implements ControlNumberSource {

  /** The table this source uses; run it in your migrations if you do not call createSchema(). */
  public static final String SCHEMA =
      "CREATE TABLE IF NOT EXISTS odc_edi_control_number ("
          + "sequence_name VARCHAR(200) PRIMARY KEY, "
          + "last_value BIGINT NOT NULL, "
          + "updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())";

  private static final String NEXT =
      "INSERT INTO odc_edi_control_number AS c (sequence_name, last_value) VALUES (?, 1) "
          + "ON CONFLICT (sequence_name) DO UPDATE SET last_value = c.last_value + 1, "
          + "updated_at = now() RETURNING c.last_value";

  private final DataSource dataSource;

  private JdbcControlNumberSource(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates a source on a PostgreSQL data source.
   *
   * @param dataSource the database; each call borrows and returns one connection
   * @return the source
   */
  public static JdbcControlNumberSource create(DataSource dataSource) {
    return new JdbcControlNumberSource(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Creates the table if it does not exist yet.
   *
   * @throws ControlNumberStoreException if the statement fails
   */
  public void createSchema() {
    Jdbc.execute(
        dataSource,
        SCHEMA,
        e -> new ControlNumberStoreException("could not create odc_edi_control_number", e));
  }

  @Override
  public long next(String sequence) {
    Objects.requireNonNull(sequence, "sequence");
    if (sequence.length() > 200) {
      throw new IllegalArgumentException("sequence name longer than 200 characters: " + sequence);
    }
    return Jdbc.autoCommit(
        dataSource,
        c -> {
          try (PreparedStatement s = c.prepareStatement(NEXT)) {
            s.setString(1, sequence);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        },
        e ->
            new ControlNumberStoreException(
                "could not advance control number sequence '" + sequence + "'", e));
  }
}

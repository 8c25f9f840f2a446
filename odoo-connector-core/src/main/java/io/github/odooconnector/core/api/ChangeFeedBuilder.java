package io.github.odooconnector.core.api;

import io.github.odooconnector.core.internal.DefaultChangeFeed;
import io.github.odooconnector.core.memory.InMemoryChangeCursorStore;
import io.github.odooconnector.core.spi.ChangeCursorStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Configures a {@link ChangeFeed}; obtained from {@link OdooClient#changes(String, Domain, List)}.
 * Not thread-safe.
 *
 * <pre>{@code
 * Domain outgoing = Domain.where("picking_type_code", "=", "outgoing");
 * ChangeFeed feed = odoo.changes("stock.picking", outgoing, List.of("name", "state"))
 *     .name("outgoing-pickings")
 *     .cursorStore(JdbcChangeCursorStore.create(dataSource))
 *     .build();
 * feed.drain(change -> outbox.enqueue(...));
 * }</pre>
 */
public final class ChangeFeedBuilder {

  private final OdooClient client;
  private final String model;
  private final Domain domain;
  private final List<String> fields;
  private String name;
  private ChangeCursorStore store;
  private Duration overlap = Duration.ofMinutes(2);
  private int pageSize = 500;
  private Instant startAt;

  ChangeFeedBuilder(OdooClient client, String model, Domain domain, List<String> fields) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.domain = Objects.requireNonNull(domain, "domain");
    this.fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    if (!model.matches("[a-z0-9_]+(\\.[a-z0-9_]+)*")) {
      throw new IllegalArgumentException("invalid model name '" + model + "'");
    }
  }

  /**
   * The feed's name, the key of its position in the cursor store; default the model name. Two feeds
   * of the same model with different domains or consumers need different names.
   *
   * @param value name, not blank, at most 200 characters
   * @return this builder
   */
  public ChangeFeedBuilder name(String value) {
    Objects.requireNonNull(value, "name");
    if (value.isBlank() || value.length() > 200) {
      throw new IllegalArgumentException("name must be 1..200 non-blank characters");
    }
    this.name = value;
    return this;
  }

  /**
   * Where the position is saved; default a new in-memory store (the feed starts over when the
   * process restarts). Use {@code JdbcChangeCursorStore} to resume on any instance.
   *
   * @param value the store
   * @return this builder
   */
  public ChangeFeedBuilder cursorStore(ChangeCursorStore value) {
    this.store = Objects.requireNonNull(value, "cursorStore");
    return this;
  }

  /**
   * How far back before the newest {@code write_date} seen each caught-up poll re-reads, to catch
   * changes of transactions that committed late (Odoo stamps {@code write_date} with a
   * transaction's start); default 2 minutes. Zero re-reads only the newest second.
   *
   * @param value zero or positive, at most one day
   * @return this builder
   */
  public ChangeFeedBuilder overlap(Duration value) {
    Objects.requireNonNull(value, "overlap");
    if (value.isNegative() || value.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("overlap must be within 0..1 day, got " + value);
    }
    this.overlap = value;
    return this;
  }

  /**
   * Records per call; default 500.
   *
   * @param value 1 to 10000
   * @return this builder
   */
  public ChangeFeedBuilder pageSize(int value) {
    if (value < 1 || value > 10_000) {
      throw new IllegalArgumentException("pageSize must be within 1..10000, got " + value);
    }
    this.pageSize = value;
    return this;
  }

  /**
   * Where a feed without a saved position starts: changes with a {@code write_date} at or after
   * this instant; default the beginning (every record in scope is delivered once).
   *
   * @param value the start
   * @return this builder
   */
  public ChangeFeedBuilder startAt(Instant value) {
    this.startAt = Objects.requireNonNull(value, "startAt");
    return this;
  }

  /**
   * Builds the feed. Does not contact Odoo.
   *
   * @return the feed
   */
  public ChangeFeed build() {
    return DefaultChangeFeed.create(
        client,
        model,
        domain,
        fields,
        name == null ? model : name,
        store == null ? InMemoryChangeCursorStore.create() : store,
        overlap,
        pageSize,
        startAt);
  }
}

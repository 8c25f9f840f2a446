package io.github.odooconnector.reliability.testing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.OutboxStoreContract;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcOutboxStoreTest extends OutboxStoreContract {

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncateAll();
  }

  @Override
  protected OutboxStore newStore() {
    return JdbcOutboxStore.create(TestDatabase.dataSource());
  }

  @Override
  protected OutboxStore workerStore(OutboxStore shared, int slot) {
    return JdbcOutboxStore.create(TestDatabase.newPool(4));
  }

  @Override
  protected boolean storeSignalsAppends() {
    return true;
  }

  @Override
  protected boolean storeKeepsItsOwnTime() {
    return true;
  }

  @Override
  protected Optional<DataSource> hostTransactions() {
    return Optional.of(TestDatabase.dataSource());
  }

  @Override
  protected void enqueueAll(Outbox outbox, List<BusinessEvent<?>> events) {
    DataSource ds = TestDatabase.dataSource();
    for (int from = 0; from < events.size(); from += 1000) {
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        for (BusinessEvent<?> e : events.subList(from, Math.min(events.size(), from + 1000))) {
          outbox.enqueue(c, e);
        }
        c.commit();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void eventEnqueuedInTheHostTransactionExistsOnlyIfTheHostCommits() throws Exception {
    Outbox outbox = Outbox.builder(newStore()).build();
    DataSource ds = TestDatabase.dataSource();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS host_shipment (id text PRIMARY KEY)");
      st.execute("TRUNCATE host_shipment");
    }
    BusinessEvent<String> rolledBack =
        BusinessEvent.of(
            "shipment.dispatched", "wms:acme", Instant.parse("2026-01-15T09:00:00Z"), "SH-1");
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO host_shipment VALUES ('SH-1')");
      }
      assertThat(outbox.enqueue(c, rolledBack)).isTrue();
      c.rollback();
    }
    assertThat(outbox.find(rolledBack.eventId())).isEmpty();

    BusinessEvent<String> committed =
        BusinessEvent.of(
            "shipment.dispatched", "wms:acme", Instant.parse("2026-01-15T09:00:00Z"), "SH-2");
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO host_shipment VALUES ('SH-2')");
      }
      outbox.enqueue(c, committed);
      c.commit();
    }
    assertThat(outbox.find(committed.eventId())).isPresent();
  }

  @Test
  void inMemoryOutboxCannotJoinAJdbcTransaction() throws Exception {
    Outbox outbox = Outbox.builder(InMemoryOutboxStore.create()).build();
    try (Connection c = TestDatabase.dataSource().getConnection()) {
      assertThatThrownBy(() -> outbox.enqueue(c, BusinessEvent.of("a.b", "s", Instant.EPOCH, "x")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("TransactionalOutboxStore");
    }
  }
}

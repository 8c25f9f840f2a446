package io.github.odooconnector.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.memory.InMemoryChangeCursorStore;
import io.github.odooconnector.core.spi.ChangeCursor;
import io.github.odooconnector.core.spi.ChangeCursorStore;
import io.github.odooconnector.core.spi.ChangeCursorStoreException;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The cursor stores keep a feed's position; the JDBC one on a real embedded PostgreSQL. */
class JdbcChangeCursorStoreTest {

  private static void behavesAsACursorStore(ChangeCursorStore store, ChangeCursorStore other) {
    String feed = "feed-" + System.nanoTime();
    assertThat(store.load(feed)).isEmpty();
    store.save(feed, ChangeCursor.of("cf1|-|0|-|0|"));
    store.save(
        feed, ChangeCursor.of("cf1|20261130100000|42|20261130100000|1|42@20261130100000@ab"));
    assertThat(other.load(feed))
        .as("another instance reads what was saved")
        .contains(ChangeCursor.of("cf1|20261130100000|42|20261130100000|1|42@20261130100000@ab"));
    store.delete(feed);
    assertThat(other.load(feed)).isEmpty();
  }

  @Test
  void aFeedPositionSavedOnOneInstanceIsLoadedOnAnotherAndCanBeForgotten() {
    JdbcChangeCursorStore a = JdbcChangeCursorStore.create(TestDatabase.dataSource());
    JdbcChangeCursorStore b = JdbcChangeCursorStore.create(TestDatabase.newPool(2));
    behavesAsACursorStore(a, b);
  }

  @Test
  void theInMemoryStoreBehavesTheSameWithinOneProcess() {
    InMemoryChangeCursorStore store = InMemoryChangeCursorStore.create();
    behavesAsACursorStore(store, store);
  }

  @Test
  void aLargeOverlapWindowTokenIsStoredVerbatim() {
    JdbcChangeCursorStore store = JdbcChangeCursorStore.create(TestDatabase.dataSource());
    StringBuilder token = new StringBuilder("cf1|20261130100000|9|20261130100000|0|");
    for (int i = 1; i <= 20_000; i++) {
      token.append(i == 1 ? "" : ",").append(i).append("@20261130100000@0123456789abcdef");
    }
    store.save("big", ChangeCursor.of(token.toString()));
    assertThat(store.load("big")).map(ChangeCursor::token).contains(token.toString());
  }

  @Test
  void anUnreachableDatabaseIsARetryableStoreErrorNamingTheFeed() throws Exception {
    JdbcChangeCursorStore store = JdbcChangeCursorStore.create(TestDatabase.dataSource());
    DataSource down = new Down();
    assertThatThrownBy(() -> JdbcChangeCursorStore.create(down))
        .isInstanceOf(ChangeCursorStoreException.class)
        .satisfies(e -> assertThat(((ChangeCursorStoreException) e).isRetryable()).isTrue());
    assertThat(store.load("none")).isEmpty();
  }

  /** A data source whose database is down. */
  private static final class Down implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("connection refused", "08001");
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
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
}

package io.github.odooconnector.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcTest {

  @Test
  void workRunsInAutoCommitModeOnABorrowedConnectionThatIsGivenBack() {
    RecordingDataSource db = new RecordingDataSource(false);

    Boolean autoCommit = Jdbc.autoCommit(db, Connection::getAutoCommit, IllegalStateException::new);

    assertThat(autoCommit).as("a pool handing out manual-commit connections").isTrue();
    assertThat(db.log).containsExactly("borrow", "setAutoCommit(true)", "close");
  }

  @Test
  void aStatementIsExecutedAndItsConnectionClosed() {
    RecordingDataSource db = new RecordingDataSource(true);

    Jdbc.execute(db, "CREATE TABLE IF NOT EXISTS t (x INT)", IllegalStateException::new);

    assertThat(db.log)
        .containsExactly("borrow", "execute CREATE TABLE IF NOT EXISTS t (x INT)", "close");
  }

  @Test
  void anSqlFailureBecomesTheCallersExceptionAndTheConnectionIsStillGivenBack() {
    RecordingDataSource db = new RecordingDataSource(true);
    SQLException broken = new SQLException("relation does not exist", "42P01");

    assertThatThrownBy(
            () ->
                Jdbc.autoCommit(
                    db,
                    c -> {
                      throw broken;
                    },
                    e -> new IllegalStateException("cannot load: " + e.getSQLState(), e)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot load: 42P01")
        .hasCause(broken);
    assertThat(db.log).containsExactly("borrow", "close");
  }

  @Test
  void aDataSourceThatCannotLendAConnectionIsTheCallersExceptionToo() {
    DataSource down = new RecordingDataSource(true).down();

    assertThatThrownBy(() -> Jdbc.execute(down, "SELECT 1", IllegalStateException::new))
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(SQLException.class);
  }

  /** A data source whose connections log what is done with them. */
  private static final class RecordingDataSource implements DataSource {
    final List<String> log = new ArrayList<>();
    private boolean autoCommit;
    private boolean down;

    RecordingDataSource(boolean autoCommit) {
      this.autoCommit = autoCommit;
    }

    DataSource down() {
      down = true;
      return this;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (down) {
        throw new SQLException("connection refused", "08001");
      }
      log.add("borrow");
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "getAutoCommit":
                    return autoCommit;
                  case "setAutoCommit":
                    autoCommit = (Boolean) args[0];
                    log.add("setAutoCommit(" + args[0] + ")");
                    return null;
                  case "createStatement":
                    return statement();
                  case "close":
                    log.add("close");
                    return null;
                  default:
                    throw new UnsupportedOperationException(method.getName());
                }
              });
    }

    private Statement statement() {
      return (Statement)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Statement.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "execute":
                    log.add("execute " + args[0]);
                    return false;
                  case "close":
                    return null;
                  default:
                    throw new UnsupportedOperationException(method.getName());
                }
              });
    }

    @Override
    public Connection getConnection(String username, String password) {
      throw new UnsupportedOperationException();
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
    public <T> T unwrap(Class<T> iface) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}

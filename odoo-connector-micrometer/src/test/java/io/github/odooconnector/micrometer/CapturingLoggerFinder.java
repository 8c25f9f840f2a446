package io.github.odooconnector.micrometer;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The test JVM's {@link System.LoggerFinder}: every System.Logger line, at every level, formatted
 * as the host's logging backend would print it, kept for assertions.
 */
public final class CapturingLoggerFinder extends System.LoggerFinder {

  /** Every line logged, as {@code logger LEVEL message}. */
  static final List<String> LINES = new CopyOnWriteArrayList<>();

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new System.Logger() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public boolean isLoggable(Level level) {
        return true;
      }

      @Override
      public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        LINES.add(name + " " + level + " " + msg + (thrown == null ? "" : " " + thrown));
      }

      @Override
      public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        String msg =
            params == null || params.length == 0 ? format : MessageFormat.format(format, params);
        LINES.add(name + " " + level + " " + msg);
      }

      @Override
      public void log(Level level, Supplier<String> msgSupplier) {
        LINES.add(name + " " + level + " " + msgSupplier.get());
      }
    };
  }
}

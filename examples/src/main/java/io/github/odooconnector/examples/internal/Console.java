package io.github.odooconnector.examples.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Progress lines and a final summary table, written to stdout. Not thread-safe. */
public final class Console {
  private final PrintStream out;
  private final String title;
  private final long startNanos = System.nanoTime();
  private int step;

  public Console(String title) {
    this(System.out, title);
  }

  Console(PrintStream out, String title) {
    this.out = out;
    this.title = title;
    out.println();
    out.println("== " + title);
  }

  /** Keeps third-party start-up chatter (Hibernate Validator's version banner) out of the story. */
  public static void quietLibraryLogging() {
    HIBERNATE_VALIDATOR_LOGGER.setLevel(Level.WARNING);
  }

  // held strongly: java.util.logging forgets the level of a logger nobody references
  private static final Logger HIBERNATE_VALIDATOR_LOGGER =
      Logger.getLogger("org.hibernate.validator");

  /** Prints a numbered progress line. */
  public void step(String format, Object... args) {
    step++;
    out.printf("[%2d] %s%n", step, String.format(format, args));
  }

  /** Prints an indented detail line under the last step. */
  public void detail(String format, Object... args) {
    out.printf("       %s%n", String.format(format, args));
  }

  /** Prints a boxed table: the first row is the header. */
  public void table(String caption, List<List<String>> rows) {
    int cols = rows.get(0).size();
    int[] width = new int[cols];
    for (List<String> row : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder rule = new StringBuilder("+");
    for (int w : width) {
      rule.append("-".repeat(w + 2)).append('+');
    }
    out.println();
    out.println(caption);
    out.println(rule);
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder("|");
      for (int c = 0; c < cols; c++) {
        String cell = rows.get(r).get(c);
        line.append(' ').append(cell).append(" ".repeat(width[c] - cell.length())).append(" |");
      }
      out.println(line);
      if (r == 0) {
        out.println(rule);
      }
    }
    out.println(rule);
  }

  /** Prints the closing success line with the elapsed time. */
  public void success(String summary) {
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    out.println();
    out.printf("SUCCESS: %s (%s, %d ms)%n", summary, title, millis);
  }

  /** A small row builder for {@link #table}. */
  public static List<String> row(Object... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    return row;
  }
}

package io.github.odooconnector.reliability.internal;

import io.github.odooconnector.reliability.spi.StoreSubscription;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The wake-up calls of an in-process store: subscribers registered with {@link
 * #subscribe(Runnable)} are called on the signalling thread by {@link #signal()}. Thread-safe.
 */
public final class Wakeups {

  private static final System.Logger LOG = System.getLogger(Wakeups.class.getName());

  private final String what;
  private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();

  /**
   * Creates an empty set of subscribers.
   *
   * @param what what signals (for the log), for example {@code outbox}
   */
  public Wakeups(String what) {
    this.what = Objects.requireNonNull(what, "what");
  }

  /**
   * Registers a call until the returned subscription is closed.
   *
   * @param wakeup the call; must return quickly
   * @return the subscription
   */
  public StoreSubscription subscribe(Runnable wakeup) {
    Runnable w = Objects.requireNonNull(wakeup, "wakeup");
    Runnable registered = () -> w.run(); // a distinct object per subscription
    subscribers.add(registered);
    return () -> subscribers.remove(registered);
  }

  /** Calls every subscriber; an exception one throws is logged and ignored. */
  public void signal() {
    for (Runnable w : subscribers) {
      try {
        w.run();
      } catch (RuntimeException ex) {
        LOG.log(Level.WARNING, what + " wake-up call failed; ignored", ex);
      }
    }
  }
}

package io.github.odooconnector.testkit.internal;

import io.github.odooconnector.testkit.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The fault plan behind {@link Faults}; all state is guarded by {@code this}. */
public final class FaultPlan implements Faults {

  /** What a planned fault does. */
  public enum Kind {
    /** Close the connection before executing. */
    TRANSPORT,
    /** Sleep, then execute normally. */
    DELAY,
    /** Answer with a PostgreSQL serialization failure, nothing applied. */
    SERIALIZATION_FAILURE,
    /** Execute and commit, then close the connection without a response. */
    DROP_RESPONSE
  }

  /**
   * One consumed fault.
   *
   * @param kind what to do
   * @param delay the delay for {@link Kind#DELAY}, zero otherwise
   */
  public record Fault(Kind kind, Duration delay) {}

  private static final class Rule {
    final Kind kind;
    final Duration delay;
    final String model;
    final String method;
    int remaining;

    Rule(Kind kind, Duration delay, String model, String method, int remaining) {
      this.kind = kind;
      this.delay = delay;
      this.model = model;
      this.method = method;
      this.remaining = remaining;
    }

    boolean matches(String m, String meth) {
      return ("*".equals(model) || model.equals(m)) && ("*".equals(method) || method.equals(meth));
    }
  }

  private final Object lock;
  private final List<Rule> rules;
  private final String model;
  private final String method;

  /** Creates an empty plan matching every call. */
  public FaultPlan() {
    this(new Object(), new ArrayList<>(), "*", "*");
  }

  private FaultPlan(Object lock, List<Rule> rules, String model, String method) {
    this.lock = lock;
    this.rules = rules;
    this.model = model;
    this.method = method;
  }

  private Faults add(Kind kind, int calls, Duration delay) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1: " + calls);
    }
    synchronized (lock) {
      rules.add(new Rule(kind, delay, model, method, calls));
    }
    return this;
  }

  @Override
  public Faults failNext(int calls) {
    return add(Kind.TRANSPORT, calls, Duration.ZERO);
  }

  @Override
  public Faults delayNext(int calls, Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return add(Kind.DELAY, calls, delay);
  }

  @Override
  public Faults serializationFailureNext(int calls) {
    return add(Kind.SERIALIZATION_FAILURE, calls, Duration.ZERO);
  }

  @Override
  public Faults dropResponseNext(int calls) {
    return add(Kind.DROP_RESPONSE, calls, Duration.ZERO);
  }

  @Override
  public Faults onlyFor(String model, String method) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    return new FaultPlan(lock, rules, model, method);
  }

  @Override
  public int pending() {
    synchronized (lock) {
      return rules.stream().mapToInt(r -> r.remaining).sum();
    }
  }

  @Override
  public void clear() {
    synchronized (lock) {
      rules.clear();
    }
  }

  /**
   * Consumes the first planned fault matching a call, atomically.
   *
   * @param callModel the model called
   * @param callMethod the method called
   * @return the fault to apply, or empty
   */
  public Optional<Fault> consume(String callModel, String callMethod) {
    synchronized (lock) {
      Iterator<Rule> it = rules.iterator();
      while (it.hasNext()) {
        Rule rule = it.next();
        if (rule.matches(callModel, callMethod)) {
          rule.remaining--;
          if (rule.remaining <= 0) {
            it.remove();
          }
          return Optional.of(new Fault(rule.kind, rule.delay));
        }
      }
      return Optional.empty();
    }
  }
}

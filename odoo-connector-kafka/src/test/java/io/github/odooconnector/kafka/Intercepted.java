package io.github.odooconnector.kafka;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps a store in a proxy whose hook sees every call, so a test can make a store fail or "crash"
 * at an exact point while the real store keeps the state.
 */
final class Intercepted {

  /** Decides what one call does; {@code proceed} runs it on the real store. */
  interface Hook {
    Object call(Method method, Object[] args, Proceed proceed) throws Throwable;
  }

  /** Runs the intercepted call on the real store. */
  interface Proceed {
    Object run() throws Throwable;
  }

  private Intercepted() {}

  static <T> T wrap(Class<T> type, T delegate, Hook hook) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.invoke(delegate, args);
              }
              return hook.call(
                  method,
                  args,
                  () -> {
                    try {
                      return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
            });
    return type.cast(proxy);
  }

  /** The JVM of a relay or consumer "dies" here: nothing after this point runs. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String where) {
      super("simulated crash: " + where);
    }
  }
}

package io.github.odooconnector.micrometer.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decorating proxies: they implement every public interface of the delegate (so a {@code
 * TransactionalOutboxStore} stays one) and forward every method, including methods added to the
 * interfaces later, so the decorators never fall behind the SDK's interfaces.
 */
final class Proxies {

  private Proxies() {}

  /** Sees each call after the delegate answered (or threw). */
  interface Observer {
    /**
     * Runs the call; the default forwards it.
     *
     * @param delegate the decorated object
     * @param method the method
     * @param args the arguments (never null)
     * @return the result
     * @throws Throwable what the delegate threw
     */
    Object invoke(Object delegate, Method method, Object[] args) throws Throwable;
  }

  static <T> T decorate(Class<T> type, T delegate, Observer observer) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    interfaces.add(type);
    for (Class<?> c = delegate.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (Modifier.isPublic(i.getModifiers()) && i.getClassLoader() == type.getClassLoader()) {
          interfaces.add(i);
        }
      }
    }
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object[] a = args == null ? new Object[0] : args;
          if (method.getDeclaringClass() == Object.class) {
            if (method.getName().equals("equals")) {
              return proxy == a[0];
            }
            if (method.getName().equals("hashCode")) {
              return System.identityHashCode(proxy);
            }
            if (method.getName().equals("toString")) {
              return "Metered[" + delegate + "]";
            }
          }
          return observer.invoke(delegate, method, a);
        };
    Object p =
        Proxy.newProxyInstance(type.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    return type.cast(p);
  }

  static Object forward(Object delegate, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

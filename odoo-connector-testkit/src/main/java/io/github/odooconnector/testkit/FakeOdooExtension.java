package io.github.odooconnector.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects a freshly started {@link FakeOdoo} into test methods, constructors
 * and lifecycle methods declaring a {@code FakeOdoo} parameter, and closes it when the scope ends.
 *
 * <p>A parameter of a test method gets a fake of its own (a fresh database per test); a parameter
 * of a {@code @BeforeAll} method or of the test class constructor gets one shared by the class.
 * Within one test, every {@code FakeOdoo} parameter (for example in {@code @BeforeEach} and in the
 * test) is the same instance. The version is taken from {@link Version} on the parameter, the
 * method or the class (default 19).
 *
 * <pre>{@code
 * @ExtendWith(FakeOdooExtension.class)
 * class PickingSyncTest {
 *     @Test
 *     void validatesPicking(@FakeOdooExtension.Version(OdooVersion.V17) FakeOdoo odoo) { ... }
 * }
 * }</pre>
 *
 * <p>Thread-safe: JUnit may run tests in parallel; each fake is stored in the test's own extension
 * store.
 */
public final class FakeOdooExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeOdooExtension.class);

  /** Creates the extension (JUnit instantiates it). */
  public FakeOdooExtension() {}

  /** Chooses the Odoo version the injected fake poses as. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
  public @interface Version {
    /**
     * The version.
     *
     * @return the version to pose as
     */
    OdooVersion value();
  }

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FakeOdoo.class;
  }

  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    OdooVersion version = versionFor(parameterContext, extensionContext);
    String key = "fake-odoo-" + version;
    ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
    // FakeOdoo is AutoCloseable: JUnit closes it when the store of this scope is closed.
    return store.getOrComputeIfAbsent(
        key,
        k -> {
          try {
            return FakeOdoo.builder().version(version).start();
          } catch (RuntimeException e) {
            throw new ParameterResolutionException("could not start FakeOdoo " + version, e);
          }
        },
        FakeOdoo.class);
  }

  private static OdooVersion versionFor(ParameterContext parameter, ExtensionContext context) {
    Optional<Version> onParameter = parameter.findAnnotation(Version.class);
    if (onParameter.isPresent()) {
      return onParameter.get().value();
    }
    Optional<Version> onMethod = context.getTestMethod().map(m -> m.getAnnotation(Version.class));
    if (onMethod.isPresent()) {
      return onMethod.get().value();
    }
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      Optional<Version> onClass =
          current.get().getTestClass().map(c -> c.getAnnotation(Version.class));
      if (onClass.isPresent()) {
        return onClass.get().value();
      }
      current = current.get().getParent();
    }
    return OdooVersion.V19;
  }
}

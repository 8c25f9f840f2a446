package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the "every document is covered" promise: a new public record in the model package that has
 * no sample (and therefore no validity, round-trip and constraint tests) fails the build.
 */
class ModelCompletenessTest {

  /** Every public top-level type of the model package (records, enums, classes). */
  static List<Class<?>> publicTypesOfTheModelPackage() throws IOException, URISyntaxException {
    Path root = Path.of(Shipment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path pkg = root.resolve("io/github/odooconnector/model");
    try (Stream<Path> files = Files.list(pkg)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
          .sorted()
          .map(
              n ->
                  load(
                      "io.github.odooconnector.model."
                          + n.substring(0, n.length() - ".class".length())))
          .filter(c -> Modifier.isPublic(c.getModifiers()))
          .collect(Collectors.toList());
    }
  }

  /** Every public record of the model package. */
  static List<Class<?>> publicRecordsOfTheModelPackage() throws IOException, URISyntaxException {
    return publicTypesOfTheModelPackage().stream().filter(Class::isRecord).toList();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyPublicRecordHasASampleThatIsValidatedAndRoundTripped() throws Exception {
    Set<Class<?>> sampled =
        Samples.everyDocument().stream().map(Object::getClass).collect(Collectors.toSet());
    // BusinessEvent is generic and covered by BusinessEventTest / CanonicalJsonTest /
    // GoldenJsonTest;
    // CanonicalViolation is an error report, not a document.
    Set<Class<?>> coveredElsewhere = Set.of(BusinessEvent.class, CanonicalViolation.class);
    List<Class<?>> records = publicRecordsOfTheModelPackage();
    assertThat(records).hasSizeGreaterThan(25);
    assertThat(records.stream().filter(c -> !sampled.contains(c) && !coveredElsewhere.contains(c)))
        .as("public records without a sample in Samples.everyDocument()")
        .isEmpty();
  }
}

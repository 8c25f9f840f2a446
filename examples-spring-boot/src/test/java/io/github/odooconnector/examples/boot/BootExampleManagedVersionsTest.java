package io.github.odooconnector.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.Assertions;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The example resolves exactly what a Spring Boot host resolves: each library the SDK shares with
 * Boot is on the class path in the version Boot's BOM ({@code spring-boot-dependencies}, copied to
 * the test class path by the build) manages. Fails the build when this module's version overrides
 * drift from Boot's.
 */
class BootExampleManagedVersionsTest {

  private static final Map<String, String> BOOT = bootManagedVersions();

  @Test
  void jacksonIsTheJackson2VersionBootManages() {
    assertThat(version(ObjectMapper.class, "com.fasterxml.jackson.core", "jackson-databind"))
        .isEqualTo(BOOT.get("jackson-2-bom.version"));
  }

  @Test
  void hibernateValidatorIsTheVersionBootManages() {
    assertThat(version(HibernateValidator.class, "org.hibernate.validator", "hibernate-validator"))
        .isEqualTo(BOOT.get("hibernate-validator.version"))
        .isEqualTo("9.0.1.Final");
  }

  @Test
  void micrometerIsTheVersionBootManages() {
    assertThat(version(MeterRegistry.class, "io.micrometer", "micrometer-core"))
        .isEqualTo(BOOT.get("micrometer.version"));
  }

  @Test
  void postgresqlDriverAndAssertjAreTheVersionsBootManages() {
    assertThat(version(Driver.class, "org.postgresql", "postgresql"))
        .isEqualTo(BOOT.get("postgresql.version"));
    assertThat(version(Assertions.class, "org.assertj", "assertj-core"))
        .isEqualTo(BOOT.get("assertj.version"));
  }

  /** The version of the jar a class was loaded from: its pom.properties, else its manifest. */
  static String version(Class<?> type, String groupId, String artifactId) {
    String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    String manifest = type.getPackage().getImplementationVersion();
    assertThat(manifest).as("version of %s:%s", groupId, artifactId).isNotNull();
    return manifest;
  }

  /** The {@code <properties>} of Boot's BOM: the versions a Boot host resolves. */
  private static Map<String, String> bootManagedVersions() {
    String resource = "boot-bom/spring-boot-dependencies.pom";
    try (InputStream in =
        BootExampleManagedVersionsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in)
          .as("%s on the test class path (maven-dependency-plugin)", resource)
          .isNotNull();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("properties");
      Map<String, String> versions = new LinkedHashMap<>();
      NodeList children = nodes.item(0).getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        Node child = children.item(i);
        if (child instanceof Element e) {
          versions.put(e.getTagName(), e.getTextContent().trim());
        }
      }
      return versions;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read Boot's BOM from " + resource, e);
    }
  }
}

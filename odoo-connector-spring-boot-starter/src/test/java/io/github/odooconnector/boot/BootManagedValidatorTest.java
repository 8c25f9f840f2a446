package io.github.odooconnector.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The starter's tests run on the Bean Validation provider a Spring Boot 4.0.7 host resolves
 * (spring-boot-dependencies' {@code hibernate-validator.version}), not on the version the SDK's
 * parent pom pins for its own modules.
 */
class BootManagedValidatorTest {

  @Test
  void hibernateValidatorIsTheVersionSpringBootManages() throws Exception {
    Properties pom = new Properties();
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/META-INF/maven/org.hibernate.validator/hibernate-validator/pom.properties")) {
      assertThat(in).as("hibernate-validator on the test class path").isNotNull();
      pom.load(in);
    }
    assertThat(pom.getProperty("version")).isEqualTo("9.0.1.Final");
  }
}

package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.ApiKey;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooConfigurationException;
import io.github.odooconnector.core.api.OdooValidationException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * API keys of the integration user created and revoked through Odoo's web wizard (identity check,
 * description, make_key, remove), on 17, 18 and 19.
 */
class ApiKeyManagementTest {

  private static OdooClient withKey(FakeOdoo odoo, String key) {
    return OdooClient.builder()
        .url(odoo.url())
        .database(odoo.database())
        .login(odoo.adminLogin())
        .apiKey(key)
        .build();
  }

  private static OdooClient passwordClient(FakeOdoo odoo, String login, String password) {
    return OdooClient.builder()
        .url(odoo.url())
        .database(odoo.database())
        .login(login)
        .password(password)
        .protocol(Protocol.JSONRPC)
        .build();
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aKeyMadeThroughTheWizardWorksUntilItIsRevoked(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient admin = Clients.password(odoo, Protocol.JSONRPC)) {
      ApiKey made = admin.apiKeys().create("sync 2026-12", Duration.ofDays(30));

      assertThat(made.description()).isEqualTo("sync 2026-12");
      assertThat(made.toString()).doesNotContain(made.key());
      if (v == OdooVersion.V17) {
        assertThat(made.optionalExpiresAt()).as("17 keys never expire").isEmpty();
      } else {
        assertThat(made.optionalExpiresAt())
            .hasValueSatisfying(
                t ->
                    assertThat(t)
                        .isBetween(
                            Instant.now().plus(Duration.ofDays(30)).minusSeconds(5),
                            Instant.now().plus(Duration.ofDays(30)).plusSeconds(5)));
      }
      try (OdooClient rotated = withKey(odoo, made.key())) {
        assertThat(rotated.search("res.partner", Domain.all(), SearchOptions.limit(1))).hasSize(1);
      }

      admin.apiKeys().revoke(made.id());

      try (OdooClient revoked = withKey(odoo, made.key())) {
        assertThatThrownBy(() -> revoked.search("res.partner", Domain.all()))
            .isInstanceOf(OdooAuthenticationException.class);
      }
    }
  }

  @Test
  void odoo19RefusesANonAdminKeyLongerThanNinetyDaysWithATypedError() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient demo = passwordClient(odoo, odoo.demoLogin(), odoo.demoPassword())) {
      assertThatThrownBy(() -> demo.apiKeys().create("too long", Duration.ofDays(365)))
          .isInstanceOf(OdooValidationException.class)
          .hasMessageContaining("You cannot exceed 90 days.");
      ApiKey ok = demo.apiKeys().create("quarterly", Duration.ofDays(90));
      assertThat(ok.optionalExpiresAt()).isPresent();
    }
  }

  @Test
  void anApiKeyOnlyClientIsToldToConfigureThePassword() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient client = Clients.apiKey(odoo)) {
      assertThatThrownBy(() -> client.apiKeys().create("x", Duration.ofDays(1)))
          .isInstanceOf(OdooConfigurationException.class)
          .hasMessageContaining("password(...)");
    }
  }
}

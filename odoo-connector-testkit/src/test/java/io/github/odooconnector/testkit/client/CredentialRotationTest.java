package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** API keys rotate in a secret store; the client picks the new one up without being rebuilt. */
class CredentialRotationTest {

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aRotatedApiKeyIsReadFromTheSourceAfterOdooRejectsTheOldOne(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      AtomicReference<String> vault = new AtomicReference<>(odoo.auth().createAdminApiKey(null));
      AtomicInteger reads = new AtomicInteger();
      try (OdooClient client =
          OdooClient.builder()
              .url(odoo.url())
              .database(odoo.database())
              .login(odoo.adminLogin())
              .apiKey(
                  () -> {
                    reads.incrementAndGet();
                    return vault.get();
                  })
              .build()) {
        assertThat(client.searchCount("res.partner", Domain.all())).isPositive();
        int readsBefore = reads.get();

        String old = vault.get();
        vault.set(odoo.auth().createAdminApiKey(Duration.ofDays(90)));
        odoo.auth().revokeApiKey(old);

        assertThat(client.searchCount("res.partner", Domain.all())).isPositive();
        assertThat(reads.get()).as("re-read once after the rejection").isEqualTo(readsBefore + 1);
        assertThat(client.searchCount("res.partner", Domain.all())).isPositive();
        assertThat(reads.get()).as("cached afterwards").isEqualTo(readsBefore + 1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "JSONRPC", "XMLRPC"})
  void aRevokedKeyThatTheSourceStillServesSurfacesAsAnAuthenticationFailure(Protocol protocol) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start()) {
      String key = odoo.auth().createAdminApiKey(null);
      AtomicInteger reads = new AtomicInteger();
      try (OdooClient client =
          OdooClient.builder()
              .url(odoo.url())
              .database(odoo.database())
              .login(odoo.adminLogin())
              .protocol(protocol)
              .apiKey(
                  () -> {
                    reads.incrementAndGet();
                    return key;
                  })
              .build()) {
        client.searchCount("res.partner", Domain.all());
        odoo.auth().revokeApiKey(key);
        assertThatThrownBy(() -> client.searchCount("res.partner", Domain.all()))
            .isInstanceOf(OdooAuthenticationException.class)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key));
        assertThat(reads.get()).as("first use, then one re-read").isEqualTo(2);
      }
    }
  }

  @Test
  void anExpiredKeyIsRejectedAndTheNextOneFromTheSourceIsUsed() {
    SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T10:00:00Z"), Duration.ZERO);
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).clock(clock).start()) {
      AtomicReference<String> vault =
          new AtomicReference<>(odoo.auth().createAdminApiKey(Duration.ofDays(1)));
      try (OdooClient client =
          OdooClient.builder()
              .url(odoo.url())
              .database(odoo.database())
              .apiKey(vault::get)
              .build()) {
        client.searchCount("res.partner", Domain.all());
        clock.advance(Duration.ofDays(2));
        vault.set(odoo.auth().createAdminApiKey(Duration.ofDays(90)));
        assertThat(client.searchCount("res.partner", Domain.all())).isPositive();
      }
    }
  }

  @Test
  void aSourceThatReturnsNothingIsAnAuthenticationFailureNamingTheSource() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient client =
            OdooClient.builder()
                .url(odoo.url())
                .database(odoo.database())
                .apiKey(() -> " ")
                .build()) {
      assertThatThrownBy(() -> client.searchCount("res.partner", Domain.all()))
          .isInstanceOf(OdooAuthenticationException.class)
          .hasMessageContaining("apiKey CredentialSource returned no secret");
    }
  }
}

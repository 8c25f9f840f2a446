package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.spi.TotpCodeSource;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Web sessions of a login protected by Odoo's {@code auth_totp}: {@code /web/session/authenticate}
 * answers {@code {"uid": null}} with a pending session, the code goes through {@code
 * /web/login/totp} as the browser posts it, and an expired session is logged in again once with a
 * fresh code.
 */
class WebSessionTwoFactorTest {

  private static OdooClient client(FakeOdoo odoo, TotpCodeSource totp) {
    return OdooClient.builder()
        .url(odoo.url())
        .database(odoo.database())
        .login(odoo.adminLogin())
        .password(odoo.adminPassword())
        .protocol(Protocol.JSONRPC)
        .totp(totp)
        .build();
  }

  private static long aPicking(OdooClient client) {
    return client.search("stock.picking", Domain.all(), SearchOptions.limit(1)).get(0);
  }

  private static String pdf(OdooClient client, long picking) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    client.reports().pdf("stock.report_deliveryslip", List.of(picking), out);
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aTwoFactorLoginOpensItsWebSessionWithTheCodeFromTheCallback(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      odoo.auth().enableTotp(odoo.adminLogin());
      AtomicInteger asked = new AtomicInteger();
      try (OdooClient client =
          client(
              odoo,
              () -> {
                asked.incrementAndGet();
                return odoo.auth().totpCode(odoo.adminLogin());
              })) {
        long picking = aPicking(client); // RPC with the password: no second factor
        assertThat(asked).hasValue(0);

        assertThat(pdf(client, picking)).startsWith("%PDF-");
        assertThat(pdf(client, picking)).startsWith("%PDF-");

        assertThat(asked).as("one code per login, the session is reused").hasValue(1);
        assertThat(odoo.auth().webSessionCount()).isEqualTo(1);
      }
    }
  }

  @Test
  void anExpiredTwoFactorSessionIsReestablishedOnceWithAFreshCode() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V18).start()) {
      odoo.auth().enableTotp(odoo.adminLogin());
      AtomicInteger asked = new AtomicInteger();
      try (OdooClient client =
          client(
              odoo,
              () -> {
                asked.incrementAndGet();
                return odoo.auth().totpCode(odoo.adminLogin());
              })) {
        long picking = aPicking(client);
        pdf(client, picking);
        odoo.auth().expireWebSessions();

        assertThat(pdf(client, picking)).startsWith("%PDF-");
        assertThat(asked).hasValue(2);
        assertThat(odoo.auth().webSessionCount()).isEqualTo(1);
      }
    }
  }

  @Test
  void withoutACodeSourceTheLoginSaysWhichSettingIsMissing() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V17).start();
        OdooClient client = Clients.password(odoo, Protocol.JSONRPC)) {
      odoo.auth().enableTotp(odoo.adminLogin());
      long picking = aPicking(client);
      assertThatThrownBy(() -> pdf(client, picking))
          .isInstanceOf(OdooAuthenticationException.class)
          .hasMessageContaining("two-factor")
          .hasMessageContaining("totp(...)");
      assertThat(odoo.auth().webSessionCount()).isZero();
    }
  }

  @Test
  void aRefusedCodeIsAnAuthenticationFailureThatNamesNeitherCodeNorCookie() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start()) {
      odoo.auth().enableTotp(odoo.adminLogin());
      String[] sent = new String[1];
      TotpCodeSource wrong =
          () -> {
            String good = odoo.auth().totpCode(odoo.adminLogin());
            sent[0] = (char) ('0' + (good.charAt(0) - '0' + 5) % 10) + good.substring(1);
            return sent[0];
          };
      try (OdooClient client = client(odoo, wrong)) {
        long picking = aPicking(client);
        assertThatThrownBy(() -> pdf(client, picking))
            .isInstanceOf(OdooAuthenticationException.class)
            .hasMessageContaining("refused the second-factor code")
            .satisfies(
                e ->
                    assertThat(e.getMessage())
                        .doesNotContain(sent[0])
                        .doesNotContain("session_id"));
        assertThat(odoo.auth().webSessionCount()).isZero();
      }
    }
  }
}

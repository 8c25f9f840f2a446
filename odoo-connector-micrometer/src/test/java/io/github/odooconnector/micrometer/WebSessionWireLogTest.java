package io.github.odooconnector.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.api.ApiKey;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With the wire log on, a web session opened with a second factor, expired and re-established, and
 * used to make an API key leaves no session cookie, password, TOTP code or new key in any log line.
 */
class WebSessionWireLogTest {

  @Test
  void theWireLogNeverShowsTheSessionCookieTheCodeOrTheNewKey() {
    CapturingLoggerFinder.LINES.clear();
    try (FakeOdoo odoo =
        FakeOdoo.builder().version(OdooVersion.V18).adminPassword("Pa55-w0rd-secret").start()) {
      odoo.auth().enableTotp(odoo.adminLogin());
      StringBuilder codes = new StringBuilder();
      ApiKey key;
      try (OdooClient client =
          OdooClient.builder()
              .url(odoo.url())
              .database(odoo.database())
              .login(odoo.adminLogin())
              .password(odoo.adminPassword())
              .protocol(Protocol.JSONRPC)
              .totp(
                  () -> {
                    String code = odoo.auth().totpCode(odoo.adminLogin());
                    codes.append(code).append(' ');
                    return code;
                  })
              .httpClient(WireLog.httpClient(Duration.ofSeconds(5)))
              .listener(LoggingCallListener.create())
              .build()) {
        long picking = client.search("stock.picking", Domain.all(), SearchOptions.limit(1)).get(0);
        client
            .reports()
            .pdf("stock.report_deliveryslip", List.of(picking), new ByteArrayOutputStream());
        odoo.auth().expireWebSessions();
        key = client.apiKeys().create("wire log check", Duration.ofDays(7));
      }
      List<String> wire =
          CapturingLoggerFinder.LINES.stream()
              .filter(l -> l.startsWith(WireLog.LOGGER_NAME))
              .toList();
      assertThat(wire)
          .as("the exchanges are logged")
          .anySatisfy(l -> assertThat(l).contains("/web/session/authenticate"))
          .anySatisfy(l -> assertThat(l).contains("/web/login/totp"))
          .anySatisfy(l -> assertThat(l).contains("/report/pdf/"));
      Matcher codeMatcher = Pattern.compile("\\d{6}").matcher(codes);
      for (String line : CapturingLoggerFinder.LINES) {
        assertThat(line)
            .doesNotContainPattern("session_id=[A-Za-z0-9_-]")
            .doesNotContain(odoo.adminPassword())
            .doesNotContain(key.key());
        codeMatcher.reset();
        while (codeMatcher.find()) {
          assertThat(line).doesNotContain("totp_token=" + codeMatcher.group());
        }
      }
    }
  }
}

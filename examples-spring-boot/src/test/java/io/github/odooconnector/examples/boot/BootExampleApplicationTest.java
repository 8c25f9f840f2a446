package io.github.odooconnector.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.boot.OdooJobs;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class BootExampleApplicationTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theExampleStartsOnTheEmbeddedDefaultAndServesTheConsole() throws Exception {
    try (ConfigurableApplicationContext app =
        BootExampleApplication.start("--server.port=0", "--odoo.jobs.enabled=false")) {
      String base = BootExampleApplication.baseUrl(app);

      HttpResponse<String> console = get(base + "/odoo-connector/console");
      assertThat(console.statusCode()).isEqualTo(200);
      assertThat(console.body()).contains("odoo-connector operations console");

      HttpResponse<String> health = get(base + "/actuator/health/odooConnector");
      assertThat(health.body()).contains("\"status\":\"UP\"").contains("authenticated");

      assertThat(app.getBean(OutboxStore.class).toString()).contains("Jdbc");
      assertThat(app.getBean(WmsIntegration.class).adapter().name()).isEqualTo("acme-wms");
      assertThat(app.getBean(ShippingIntegration.class).carriers()).hasSize(1);
      assertThat(app.getBean(OdooJobs.class).names())
          .contains("wms-release", "wms-inbox", "shipping-reconcile");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

package io.github.odooconnector.boot.host;

import io.github.odooconnector.boot.OdooJob;
import io.github.odooconnector.reliability.testing.TestDatabase;
import io.github.odooconnector.reliability.webhook.HmacBodyVerifier;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The host application of the starter's tests: a DataSource and one job of its own; everything else
 * is auto-configured. In its own package so component scanning sees only it.
 */
@SpringBootApplication
public class HostApplication {

  /** How often the exclusive job has run, across every context of the test JVM. */
  public static final AtomicInteger EXCLUSIVE_RUNS = new AtomicInteger();

  /**
   * The application's database: a pool of its own on the shared embedded PostgreSQL, as another
   * instance of the application would have.
   *
   * @return the data source
   */
  @Bean
  DataSource dataSource() {
    return TestDatabase.newPool(8);
  }

  /** The webhook secret of the test WMS. */
  public static final String WMS_SECRET = "test-wms-webhook-secret";

  /**
   * The verifier of the {@code acme-wms} webhooks: its bean name is the source in the URL.
   *
   * @return the verifier
   */
  @Bean("acme-wms")
  HmacBodyVerifier acmeWmsVerifier() {
    return HmacBodyVerifier.builder(WMS_SECRET).eventIdJsonPointer("/id").build();
  }

  @Bean
  OdooJob exclusiveJob() {
    return new OdooJob(
        "exclusive",
        Duration.ofHours(1),
        () -> {
          EXCLUSIVE_RUNS.incrementAndGet();
          try {
            Thread.sleep(1500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }
}

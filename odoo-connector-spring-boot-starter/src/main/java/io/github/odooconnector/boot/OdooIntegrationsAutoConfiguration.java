package io.github.odooconnector.boot;

import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingIntegrationBuilder;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link WmsIntegration} and {@link ShippingIntegration} beans from {@code odoo.wms.*}
 * and {@code odoo.shipping.carriers[*]} when an adapter type is configured and the application
 * defines no such bean itself. Their adapters come from the {@code ServiceLoader} providers of the
 * configured types; the integrations use the starter's Odoo client and stores. Runs before {@link
 * OdooConnectorAutoConfiguration}, which meters them and schedules their jobs.
 *
 * <p>Thread-safe: used by Spring once at start-up.
 */
@AutoConfiguration(before = OdooConnectorAutoConfiguration.class)
public class OdooIntegrationsAutoConfiguration {

  /** Creates the auto-configuration (Spring). */
  public OdooIntegrationsAutoConfiguration() {}

  /** The WMS integration, when {@code odoo.wms.type} is set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(WmsIntegration.class)
  @ConditionalOnProperty(prefix = "odoo.wms", name = "type")
  static class Wms {
    @Bean
    @ConditionalOnMissingBean
    WmsIntegration odooWmsIntegration(
        OdooConnectorProperties p,
        OdooClient odoo,
        IdempotencyStore idempotency,
        OutboxStore outbox,
        InboxStore inbox) {
      return WmsIntegration.builder()
          .odoo(odoo)
          .adapter(p.getWms().getType(), Map.copyOf(p.getWms().getSettings()))
          .idempotencyStore(idempotency)
          .outboxStore(outbox)
          .inboxStore(inbox)
          .build();
    }
  }

  /** The shipping integration, when {@code odoo.shipping.carriers[0].type} is set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ShippingIntegration.class)
  @ConditionalOnProperty(prefix = "odoo.shipping.carriers[0]", name = "type")
  static class Shipping {
    @Bean
    @ConditionalOnMissingBean
    ShippingIntegration odooShippingIntegration(
        OdooConnectorProperties p,
        OdooClient odoo,
        IdempotencyStore idempotency,
        InboxStore inbox) {
      // One inbox table for WMS and carrier webhooks: each integration claims only its sources.
      ShippingIntegrationBuilder b =
          ShippingIntegration.builder().odoo(odoo).idempotencyStore(idempotency).inboxStore(inbox);
      int i = 0;
      for (OdooShippingProperties.Carrier c : p.getShipping().getCarriers()) {
        if (c.getDeliveryCarrier() == null || c.getDeliveryCarrier().isBlank()) {
          throw new IllegalStateException(
              "odoo.shipping.carriers[" + i + "].delivery-carrier is required");
        }
        b.carrier(c.getType(), Map.copyOf(c.getSettings()), c.getDeliveryCarrier());
        i++;
      }
      return b.build();
    }
  }
}

/**
 * Spring Boot 4.0 starter for odoo-connector: {@link
 * io.github.odooconnector.boot.OdooConnectorAutoConfiguration} configures the client, stores,
 * metrics and jobs from {@link io.github.odooconnector.boot.OdooConnectorProperties}; {@link
 * io.github.odooconnector.boot.OdooConnectorHealthIndicator}, {@link
 * io.github.odooconnector.boot.OdooConnectorEndpoint}, {@link
 * io.github.odooconnector.boot.OdooWebhookController} and {@link
 * io.github.odooconnector.boot.OdooConsoleController} are what operations see. See {@code
 * docs/spring-boot.md}.
 */
package io.github.odooconnector.boot;

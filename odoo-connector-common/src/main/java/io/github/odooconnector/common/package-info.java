/**
 * What every odoo-connector module shares: {@link
 * io.github.odooconnector.common.OdooConnectorException}, the root of all exceptions the SDK
 * throws, and {@link io.github.odooconnector.common.RetrySettings}, the one way retries are
 * configured (Odoo calls, outbox and inbox redelivery, carrier label purchase).
 */
package io.github.odooconnector.common;

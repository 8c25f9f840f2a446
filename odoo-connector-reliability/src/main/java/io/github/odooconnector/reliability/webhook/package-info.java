/**
 * The shipped webhook signature verifiers: {@link
 * io.github.odooconnector.reliability.webhook.StandardWebhooksVerifier} (the Standard Webhooks
 * scheme) and {@link io.github.odooconnector.reliability.webhook.HmacBodyVerifier} (an HMAC of the
 * raw body in one header, as most carriers and WMSs send).
 *
 * <p>Both implement {@link io.github.odooconnector.reliability.spi.WebhookVerifier}, compare in
 * constant time and never reveal secrets. Public and stable; immutable and thread-safe.
 */
package io.github.odooconnector.reliability.webhook;

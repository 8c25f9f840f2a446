/** Implementation of the shipping workflows behind {@code ShippingIntegration}; may change. */
package io.github.odooconnector.carrier.internal;

/** Implementation of the carrier workflows and reference adapters; not part of the public API. */
package io.github.odooconnector.carrier.internal;

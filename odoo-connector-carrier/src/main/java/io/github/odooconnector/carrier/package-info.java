/** Placeholder for the carrier module; replaced as the module is built. */
package io.github.odooconnector.carrier;

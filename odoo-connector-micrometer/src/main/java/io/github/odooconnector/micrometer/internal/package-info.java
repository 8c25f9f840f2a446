/** Implementation of the meters, observations and wire log; may change without notice. */
package io.github.odooconnector.micrometer.internal;

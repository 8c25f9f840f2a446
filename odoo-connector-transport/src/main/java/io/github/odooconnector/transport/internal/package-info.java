/** Implementation of the transport workflows; may change in any release. */
package io.github.odooconnector.transport.internal;

/** HTTP transport on the JDK HttpClient with bounded, deadline-limited body reads. Not API. */
package io.github.odooconnector.core.internal.transport;

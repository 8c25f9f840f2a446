/** Implementation of the escalations; may change in any release. */
package io.github.odooconnector.escalation.internal;

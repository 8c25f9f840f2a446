/** Implementation of the WMS workflows; not API, may change in any release. */
package io.github.odooconnector.wms.internal;

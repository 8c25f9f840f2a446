/** Implementation of the starter's scheduling lock; may change without notice. */
package io.github.odooconnector.boot.internal;

/** Placeholder for the it module; replaced as the module is built. */
package io.github.odooconnector.it;

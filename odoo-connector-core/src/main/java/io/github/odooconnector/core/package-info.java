/** Placeholder for the core module; replaced as the module is built. */
package io.github.odooconnector.core;

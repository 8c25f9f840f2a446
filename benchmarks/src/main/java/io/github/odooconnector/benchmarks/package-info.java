/** Placeholder for the benchmarks module; replaced as the module is built. */
package io.github.odooconnector.benchmarks;

/** Implementation details of the Kafka module; may change without notice. */
package io.github.odooconnector.kafka.internal;

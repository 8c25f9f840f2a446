/**
 * An in-process fake Odoo server for tests and local development.
 *
 * <p>{@link io.github.odooconnector.testkit.FakeOdoo} listens on {@code 127.0.0.1} and speaks the
 * three Odoo external APIs (XML-RPC, JSON-RPC and, when posing as Odoo 19, JSON-2) in the shapes of
 * real Odoo 17/18/19 servers, backed by an in-memory record store seeded with a small logistics
 * company. {@link io.github.odooconnector.testkit.FakeOdooExtension} injects one into JUnit 5
 * tests.
 */
package io.github.odooconnector.testkit;

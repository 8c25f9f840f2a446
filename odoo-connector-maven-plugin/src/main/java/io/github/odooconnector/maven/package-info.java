/**
 * Maven goals for typed Odoo models: {@code snapshot} (live {@code fields_get} to a committed
 * snapshot file), {@code generate} (snapshots to typed sources, offline) and {@code verify} (live
 * server against the snapshots; fails the build on drift or warns). See {@code
 * docs/typed-models.md}.
 */
package io.github.odooconnector.maven;

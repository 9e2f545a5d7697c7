/**
 * The HTTP API for scripts: per-establishment API tokens (created and revoked by the director,
 * shown once, stored hashed) and the import endpoints under {@code /api/imports}, guarded by a
 * stateless filter chain of their own, independent of how people sign in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API pour les scripts")
package org.preau.api;

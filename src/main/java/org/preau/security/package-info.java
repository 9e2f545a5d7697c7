/**
 * Who is signed in: local accounts (embedded default) or Keycloak single sign-on (profile
 * {@code keycloak}); their roles, the establishments they serve and the one they currently work
 * in. Every feature asks {@link org.preau.security.CurrentUser} rather than trusting anything
 * the browser sends.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sécurité")
package org.preau.security;

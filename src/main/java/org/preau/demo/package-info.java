/** Demo data of the embedded default: two establishments of one organising body and an account per role. */
@org.springframework.modulith.ApplicationModule(displayName = "Données de démonstration")
package org.preau.demo;

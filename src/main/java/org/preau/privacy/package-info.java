/**
 * Privacy (GDPR): the access journal (who outside the establishment's own staff read or exported
 * whose data, through which grant), written from {@link org.preau.base.PersonalDataAccessed}
 * events that the features publish; append-only. Paramètres › Journal des accès for the director.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection des données")
package org.preau.privacy;

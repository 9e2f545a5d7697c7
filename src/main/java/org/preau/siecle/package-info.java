/**
 * Imports of the national exports: SIECLE BEE (pupils), STS-WEB (staff and structures) and the
 * nomenclatures, from XML or the ZIP that SIECLE hands out, read safely and streamed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports SIECLE / STS-WEB")
package org.preau.siecle;

package org.preau.establishment;

import java.time.ZoneId;

/** French establishments (UAI, SIECLE) or Belgian ones of the Fédération Wallonie-Bruxelles (FASE). */
public enum SchoolSystem {
    FR(ZoneId.of("Europe/Paris")),
    BE(ZoneId.of("Europe/Brussels"));

    private final ZoneId zone;

    SchoolSystem(ZoneId zone) {
        this.zone = zone;
    }

    /** The time zone in which dates and times of this establishment are shown. */
    public ZoneId zone() {
        return zone;
    }
}

package org.preau.learner;

import java.util.List;

/**
 * Told, inside an import's transaction and once per import, of every learner who arrived, came
 * back or left. A feature that must remember movements (the learner transfers) implements it as
 * a bean and writes them in bulk; nothing of it stays when the import rolls back.
 * <p>
 * The only path for movements. Why not one event per learner: an after-commit listener of a
 * per-learner event costs one stored publication per learner (Spring Modulith's registry), which
 * turned a 100,000-pupil import from 12 s into minutes.
 */
public interface LearnerMovements {

    void recorded(long establishmentId, long schoolYearId, List<Movement> movements);

    /** One learner's movement; {@code ine} may be null (a pupil known by ELEVE_ID only). */
    record Movement(long learnerId, String ine, Kind kind) {
    }

    enum Kind {
        ARRIVED, RETURNED, LEFT
    }
}

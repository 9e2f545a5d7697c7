package org.preau.siecle;

import org.preau.learner.LearnerMovements;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Hears the learners' movements as a feature does (a {@link LearnerMovements} bean, inside the
 * import's transaction); and, when asked, breaks an import there to show that nothing of it stays.
 * It keeps movements only between {@link #listen()} and {@link #reset()}: the bean is in every test
 * context (and in the benchmarks' application), where it must cost nothing.
 */
@Component
class RecordedMovements implements LearnerMovements {

    private final List<Movement> movements = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean failDuringWrite;
    private volatile boolean listening;

    @Override
    public void recorded(long establishmentId, long schoolYearId, List<Movement> batch) {
        if (failDuringWrite) throw new IllegalStateException("write interrupted on purpose");
        if (listening) movements.addAll(batch);
    }

    /** The INEs of the learners who moved so, as all imports since the last reset told. */
    List<String> ines(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        synchronized (movements) {
            return movements.stream().filter(m -> wanted.contains(m.kind())).map(Movement::ine).toList();
        }
    }

    boolean none() {
        return movements.isEmpty();
    }

    void failDuringWrite() {
        failDuringWrite = true;
    }

    /** Forgets what was heard and keeps what comes next. */
    void listen() {
        movements.clear();
        listening = true;
    }

    void reset() {
        movements.clear();
        failDuringWrite = false;
        listening = false;
    }
}

package org.preau.segec;

import org.preau.print.Letterhead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a stack of sample consent forms once after start, in a background thread of the lowest
 * priority: the first real print otherwise pays for loading the fonts, OpenPDF and ZXing and for
 * running them uncompiled (3 to 10 s for 1,000 forms instead of about 1 s). The login page does
 * not wait for it. Off in the tests ({@code preau.print.warm-up}), which start many contexts.
 * <p>
 * It waits {@code preau.print.warm-up-delay} (20 s) after the application is ready: on Linux a
 * thread's priority is not passed to the system, so on two cores the warm-up otherwise takes a core
 * from the first requests and the demo's start-up work.
 */
@Component
class FormsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(FormsWarmUp.class);
    static final int FORMS = 300;

    private final boolean enabled;
    private final Duration delay;

    FormsWarmUp(@Value("${preau.print.warm-up:true}") boolean enabled, @Value("${preau.print.warm-up-delay:PT20S}") Duration delay) {
        this.enabled = enabled;
        this.delay = delay;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (!enabled) return;
        Thread.ofPlatform().name("forms-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                return;
            }
            long t0 = System.nanoTime();
            try {
                byte[] pdf = sample();
                log.info("Forms printed once for warm-up ({} pages, {} KB) in {} ms", FORMS, pdf.length / 1024, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                // a warm-up that fails costs the first print its speed, nothing else
                log.warn("Warm-up of the forms failed", e);
            }
        });
    }

    /** The sample stack: invented teachers of an invented school, never stored nor sent. */
    static byte[] sample() {
        byte[] key = new byte[32];
        List<SegecAuthorisationPdf.Form> forms = new ArrayList<>(FORMS);
        for (int i = 0; i < FORMS; i++) {
            forms.add(new SegecAuthorisationPdf.Form(i, "ÉCHANTILLON", "Prénom " + i, java.time.LocalDate.of(1980, 1, 1 + i % 28),
                    i % 2 == 0 ? "exemple." + i + "@exemple.invalid" : null, FormQr.payload(key, "0000", i, "2000-2001")));
        }
        return SegecAuthorisationPdf.write(Letterhead.plain("Préau", List.of("Échantillon")), "2000-2001", forms);
    }
}

package org.preau.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.stereotype.Component;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * Runs long work (an import with a progress bar) off the request thread, as the user who
 * started it: the security context, and so {@link CurrentUser} and the establishment, follow.
 */
@Component
public class BackgroundWork {

    private final AsyncTaskExecutor executor;

    BackgroundWork(@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.executor = executor;
    }

    public <T> Future<T> submit(Callable<T> work) {
        // Wrapped at each call, not once: Vaadin installs its own context-holder strategy after
        // start-up, and the wrapper must use the strategy in force when the work is handed over.
        return executor.submit(new DelegatingSecurityContextCallable<>(work));
    }
}

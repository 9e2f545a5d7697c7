package org.preau.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;
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

    BackgroundWork(@Qualifier("applicationTaskExecutor") AsyncTaskExecutor applicationTaskExecutor) {
        this.executor = new DelegatingSecurityContextAsyncTaskExecutor(applicationTaskExecutor);
    }

    public <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }
}

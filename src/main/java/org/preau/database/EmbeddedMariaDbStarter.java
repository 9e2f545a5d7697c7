package org.preau.database;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the embedded MariaDB on its own thread as soon as the bean definitions are known, well
 * before anything needs a connection: the server's start-up (about a second, more on the first
 * run) then overlaps with the building of the web server and the rest of the context.
 */
final class EmbeddedMariaDbStarter implements BeanFactoryPostProcessor, DisposableBean {

    private final Environment environment;
    private CompletableFuture<EmbeddedMariaDb> server;

    EmbeddedMariaDbStarter(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        EmbeddedMariaDbProperties properties = Binder.get(environment)
                .bindOrCreate("preau.embedded-db", EmbeddedMariaDbProperties.class);
        server = CompletableFuture.supplyAsync(() -> {
            EmbeddedMariaDb db = new EmbeddedMariaDb(properties);
            db.start();
            return db;
        }, task -> Thread.ofPlatform().name("embedded-mariadb-start").start(task));
    }

    /** Waits for the server started in {@link #postProcessBeanFactory}. */
    EmbeddedMariaDb await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Stops the server when the context failed before anything took it over. */
    @Override
    public void destroy() {
        if (server != null && server.isDone() && !server.isCompletedExceptionally()) server.join().stop();
    }
}

package org.preau.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * At start, with local sign-in and without the demo: the first director from the environment, or
 * else a set-up link in the log, as long as no director exists.
 */
@Component
@Profile("!keycloak")
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "false", matchIfMissing = true)
class FirstDirectorStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstDirectorStartup.class);

    private final FirstDirector firstDirector;
    private final PublicAddress address;
    private final FirstDirector.Settings settings;

    FirstDirectorStartup(FirstDirector firstDirector, PublicAddress address,
                         @Value("${preau.first-director.username:}") String username,
                         @Value("${preau.first-director.name:}") String name,
                         @Value("${preau.first-director.email:}") String email,
                         @Value("${preau.first-director.password:}") String password,
                         @Value("${preau.first-director.establishments:}") String establishments) {
        this.firstDirector = firstDirector;
        this.address = address;
        this.settings = new FirstDirector.Settings(username, name, email, password, establishments);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (firstDirector.directorExists()) return;
        if (settings.username() != null && !settings.username().isBlank()) {
            firstDirector.fromEnvironment(settings).ifPresentOrElse(
                    token -> FirstDirector.print(address.link("mot-de-passe/nouveau", token)),
                    () -> log.info("First director '{}' created from the environment: they change the password at the first sign-in",
                            settings.username()));
            return;
        }
        firstDirector.setUpLink().ifPresent(token -> FirstDirector.print(address.link("premier-directeur", token)));
    }
}

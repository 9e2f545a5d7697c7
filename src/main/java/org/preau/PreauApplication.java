package org.preau;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "base")
public class PreauApplication {

    public static void main(String[] args) {
        SpringApplication.run(PreauApplication.class, args);
    }
}

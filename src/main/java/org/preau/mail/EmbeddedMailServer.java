package org.preau.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The embedded default's mail server: GreenMail in-process on a free port of the loopback
 * interface, so that the demo sends real SMTP without any relay. The mails are on
 * Paramètres › Courriels and in the log. Production turns it off ({@code preau.mail.embedded=false})
 * and configures {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "preau.mail.embedded", havingValue = "true")
class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        // A fixed port chosen now (not GreenMail's dynamic one) so that a stopped server comes back where the sender looks.
        int port = freePort();
        log.info("Embedded mail server (SMTP) on 127.0.0.1:{}", port);
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Bean
    JavaMailSender embeddedMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

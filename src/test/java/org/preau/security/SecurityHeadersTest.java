package org.preau.security;

import org.junit.jupiter.api.Test;
import org.preau.support.Browser;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers every response carries, the session cookie, and the French 404 for a stranger and a signed-in user. */
@PreauIntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_filter_chain_answers_with_the_security_headers() throws Exception {
        // screens (sign-in, home, unknown page), the API, the calls between instances, the sandbox peers
        for (String path : new String[]{"/login", "/api/imports/siecle-bee", "/page-qui-n-existe-pas", "/", "/api/v1/establishments",
                "/api/v1/transfer-requests", "/sandbox/segec/api/v1/establishments/95123/members", "/sandbox/miroir/api/v1/miroir/95123/2026-2027/submissions/x"}) {
            var response = get(path);
            var headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            // Vaadin's own pages say SAMEORIGIN; the CSP's frame-ancestors 'none' is what browsers obey today
            assertThat(headers.firstValue("X-Frame-Options")).as(path).isPresent();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("default-src 'self'"));
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            // plain HTTP: no HSTS (a browser would ignore it there anyway)
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void through_the_https_proxy_a_response_carries_hsts_and_a_secure_session_cookie_and_plain_http_gets_neither() throws Exception {
        // the test profile trusts forwarded headers from the loopback, as production does behind its proxy
        var proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.ofString()).headers();
        assertThat(proxied.firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h)
                .contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(proxied.allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).contains("Secure").contains("SameSite=Lax").contains("HttpOnly"));

        var plain = get("/login").headers();
        assertThat(plain.firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).doesNotContain("Secure"));
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only() throws Exception {
        var cookies = get("/login").headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void an_unknown_address_answers_404_to_a_stranger_not_a_redirect_to_the_sign_in() throws Exception {
        HttpResponse<String> response = get("/page-qui-n-existe-pas");
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_address_shows_page_introuvable_in_french_to_a_stranger_alone_and_to_a_signed_in_user_inside_the_main_layout() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/page-qui-n-existe-pas");
            assertThat(browser.waitFor(By.id("not-found")).getText()).contains("Page introuvable").contains("Retour à l'accueil");
            // a stranger gets the page alone: no menu of a school it may not see
            assertThat(browser.driver().findElements(By.tagName("vaadin-app-layout"))).isEmpty();
            browser.screenshot("page-introuvable-inconnu");

            browser.logIn(DemoUsers.SECRETAIRE, DemoUsers.PASSWORD);
            browser.waitFor(By.tagName("vaadin-app-layout"));
            browser.open("/page-qui-n-existe-pas");
            // a signed-in user sees it inside the main layout, side menu at hand, at the address typed
            assertThat(browser.waitFor(By.cssSelector("vaadin-app-layout #not-found")).getText())
                    .contains("Page introuvable").contains("Retour à l'accueil");
            assertThat(browser.waitFor(By.cssSelector("vaadin-app-layout vaadin-side-nav-item")).isDisplayed()).isTrue();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/page-qui-n-existe-pas");
            browser.screenshot("page-introuvable-connecte");
            browser.click(By.linkText("Retour à l'accueil"));
            browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/page-qui-n-existe-pas"));
            assertThat(browser.driver().findElements(By.id("not-found"))).isEmpty();
        }
    }
}

package org.preau.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads local accounts for the form login of the embedded default. Absent under the
 * {@code keycloak} profile, so that no local password can sign anyone in there.
 */
@Service
@Profile("!keycloak")
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    LocalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findWithRolesByUsername(username)
                .map(LocalUserPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}

package org.preau.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** The account with its roles and establishments in one query: it runs at every sign-in. */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = {"roles", "establishmentIds"})
    Optional<UserAccount> findWithRolesByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    @org.springframework.data.jpa.repository.Query("select distinct a from UserAccount a join a.establishmentIds e where e = :establishmentId order by a.displayName")
    java.util.List<UserAccount> findServing(long establishmentId);

    @org.springframework.data.jpa.repository.Query("select count(a) from UserAccount a join a.roles r where r = org.preau.security.Role.DIRECTOR and a.enabled = true")
    long countEnabledDirectors();

    java.util.List<UserAccount> findByEmailIgnoreCase(String email);
}

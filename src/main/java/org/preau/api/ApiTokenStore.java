package org.preau.api;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code api_token} table. */
@Repository
class ApiTokenStore {

    record Match(long id, long establishmentId, String name, java.util.Set<ApiScope> scopes) {
    }

    private static final RowMapper<ApiTokenView> VIEW = (rs, i) -> new ApiTokenView(rs.getLong("id"), rs.getString("name"),
            rs.getString("token_prefix"), instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
            instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"), instant(rs.getTimestamp("last_used_at")),
            ApiScope.decode(rs.getString("scopes")));

    private final JdbcTemplate jdbc;

    ApiTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiTokenView> list(long establishmentId) {
        return jdbc.query("select * from api_token where establishment_id = ? order by created_at desc, id desc", VIEW, establishmentId);
    }

    Optional<ApiTokenView> get(long establishmentId, long id) {
        return jdbc.query("select * from api_token where establishment_id = ? and id = ?", VIEW, establishmentId, id).stream().findFirst();
    }

    long insert(long establishmentId, String name, String hash, String prefix, String by, Instant at, java.util.Set<ApiScope> scopes) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    insert into api_token (establishment_id, name, token_hash, token_prefix, created_at, created_by, scopes)
                    values (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            statement.setLong(1, establishmentId);
            statement.setString(2, name);
            statement.setString(3, hash);
            statement.setString(4, prefix);
            statement.setTimestamp(5, Timestamp.from(at));
            statement.setString(6, by);
            statement.setString(7, ApiScope.encode(scopes));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    boolean revoke(long establishmentId, long id, String by, Instant at) {
        return jdbc.update("update api_token set revoked_at = ?, revoked_by = ? where establishment_id = ? and id = ? and revoked_at is null",
                Timestamp.from(at), by, establishmentId, id) > 0;
    }

    Optional<Match> active(String hash) {
        return jdbc.query("select id, establishment_id, name, scopes from api_token where token_hash = ? and revoked_at is null",
                (rs, i) -> new Match(rs.getLong(1), rs.getLong(2), rs.getString(3), ApiScope.decode(rs.getString(4))), hash).stream().findFirst();
    }

    void used(long id, Instant at) {
        jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(at), id);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package org.preau.establishment;

import org.preau.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The logo and cachet of an establishment, as printed on its forms.
 * <p>
 * This class only stores PNG bytes that were already decoded and re-encoded: checking and
 * re-encoding an upload is the caller's job (the Logo tab), so that nothing the user sent
 * survives byte for byte.
 */
@Service
public class EtablissementImages {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    EtablissementImages(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The current establishment's image of that kind, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StoredImage> current(ImageKind kind) {
        return find(currentUser.establishmentId(), kind);
    }

    /**
     * The image of an establishment, for printing its forms (also from background work). Callers
     * pass an establishment id they already hold legitimately (the current one, or the owner of the
     * learner or staff member being printed).
     */
    @Transactional(readOnly = true)
    public Optional<StoredImage> find(long establishmentId, ImageKind kind) {
        return jdbc.query("select png, width, height, updated_at, updated_by from establishment_image "
                                + "where establishment_id = ? and kind = ?",
                        (rs, i) -> new StoredImage(kind, rs.getBytes(1), rs.getInt(2), rs.getInt(3),
                                rs.getTimestamp(4).toInstant(), rs.getString(5)),
                        establishmentId, kind.name())
                .stream().findFirst();
    }

    /** Stores (or replaces) the current establishment's image; {@code png} must be a PNG that Préau encoded. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public void store(ImageKind kind, byte[] png, int width, int height) {
        long establishmentId = currentUser.establishmentId();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into establishment_image (establishment_id, kind, png, width, height, updated_at, updated_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on duplicate key update png = values(png), width = values(width), "
                        + "height = values(height), updated_at = values(updated_at), updated_by = values(updated_by)",
                establishmentId, kind.name(), png, width, height, now, currentUser.username());
    }

    /** Removes the current establishment's image of that kind. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public void delete(ImageKind kind) {
        jdbc.update("delete from establishment_image where establishment_id = ? and kind = ?",
                currentUser.establishmentId(), kind.name());
    }
}

package org.preau.base;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows staged in a temporary table come back exactly as given, through LOAD DATA or through the inserts of a server that refuses it. */
@PreauIntegrationTest
class StagedRowsTest {

    @Autowired
    HikariDataSource dataSource;

    private static final List<Object[]> ROWS = List.of(
            new Object[]{1L, "DUPONT\tJean", null, LocalDate.of(2010, 2, 3), true},
            new Object[]{2L, "back\\slash \\N and\nline\r", "\\N", null, false},
            new Object[]{3L, "Élodie Ŀ 😀", "", LocalDate.of(2009, 12, 31), true});

    @AfterEach
    void localFilesAgain() {
        StagedRows.tryLocalFiles(true);
    }

    @Test
    void rows_come_back_as_given_through_load_data() {
        assertThat(staged("")).containsExactlyElementsOf(expected());
    }

    @Test
    void a_connection_that_refuses_local_files_stages_the_same_rows_with_inserts() {
        assertThat(staged("?allowLocalInfile=false")).containsExactlyElementsOf(expected());
    }

    private List<List<Object>> staged(String urlOptions) {
        SingleConnectionDataSource single = new SingleConnectionDataSource(dataSource.getJdbcUrl() + urlOptions, dataSource.getUsername(),
                dataSource.getPassword(), true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(single);
            StagedRows.load(jdbc, "staged_rows_test", "id BIGINT NOT NULL, name VARCHAR(100) NOT NULL, other VARCHAR(20) NULL, day DATE NULL, flag BOOLEAN NOT NULL",
                    "id, name, other, day, flag", ROWS, r -> r);
            return jdbc.query("select id, name, other, day, flag from staged_rows_test order by n", (rs, i) -> Arrays.asList(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBoolean(5)));
        } finally {
            single.destroy();
        }
    }

    private static List<List<Object>> expected() {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : ROWS) rows.add(Arrays.asList(r));
        return rows;
    }
}

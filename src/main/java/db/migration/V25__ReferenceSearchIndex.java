package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, a trigram index on the requests' references, so that a search by a part of one ("2026/14",
 * "SG13") reads the index rather than every reference: at 60,000 requests the scan was most of a search's
 * 30-50 ms, and it grew with every request stored. It needs the {@code pg_trgm} extension (shipped with
 * PostgreSQL, trusted since version 13: a database owner may create it). Where it cannot be created the
 * migration says so in the log and the search scans as before; on H2 there is nothing to do.
 */
public class V25__ReferenceSearchIndex extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V25__ReferenceSearchIndex.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("do $$ begin create extension if not exists pg_trgm; exception when others then"
                    + " raise notice 'pg_trgm: %', sqlerrm; end $$");
            boolean available;
            try (ResultSet rs = s.executeQuery("select count(*) from pg_extension where extname = 'pg_trgm'")) {
                available = rs.next() && rs.getInt(1) > 0;
            }
            if (available) {
                s.execute("create index ix_request_reference_part on visa_request using gin (upper(reference) gin_trgm_ops)");
            } else {
                log.warn("the pg_trgm extension could not be created: a search by a part of a reference reads every"
                        + " request (ask the database's administrator to run 'create extension pg_trgm', then"
                        + " 'create index ix_request_reference_part on visa_request using gin (upper(reference)"
                        + " gin_trgm_ops)')");
            }
        }
    }
}

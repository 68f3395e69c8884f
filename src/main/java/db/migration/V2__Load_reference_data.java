package db.migration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads regions, the body catalogue and the complaint categories from the CSV files under {@code reference/}.
 * <p>
 * The files are streamed into temporary tables with PostgreSQL's {@code COPY} (which parses RFC 4180 CSV), then
 * shaped into the real tables in SQL: one government body per province and regency/city, and its standard
 * departments from the unit-kind vocabulary. The administrative cities and regency of DKI Jakarta have no
 * departments of their own: the province's departments serve them.
 */
public class V2__Load_reference_data extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {

		var connection = context.getConnection();

		execute(connection, """
				create temporary table staging_regions (code text, name text, level text, population bigint) on commit drop;
				create temporary table staging_unit_kinds (code text, name_template_id text, name_en text, applies_to text,
				    kind text, keywords text, note text) on commit drop;
				create temporary table staging_agencies (code text, name text, short_name text, kind text, parent_code text,
				    keywords text, note text) on commit drop;
				create temporary table staging_categories (line serial, code text, name_id text, name_en text, parent_code text,
				    jurisdiction text, unit_kind text, national_agency_code text, keywords text, note text) on commit drop;
				""");

		copy(connection, "staging_regions", "reference/regions-id-2025.csv");
		copy(connection, "staging_unit_kinds", "reference/regional-unit-kinds.csv");
		copy(connection, "staging_agencies", "reference/national-agencies.csv");
		copy(connection, "staging_categories", "reference/categories.csv", "code, name_id, name_en, parent_code, "
				+ "jurisdiction, unit_kind, national_agency_code, keywords, note");

		execute(connection, """
				insert into regions (code, name, level, province_code, population)
				select code, name, upper(level), split_part(code, '.', 1), population from staging_regions;

				insert into unit_kinds (code, name_template_id, name_en, applies_to, kind, keywords)
				select code, name_template_id, name_en, applies_to, kind, coalesce(keywords, '') from staging_unit_kinds;

				insert into agencies (code, name, short_name, kind, level, keywords)
				select code, name, nullif(short_name, ''), kind, 'NATIONAL', coalesce(keywords, '') from staging_agencies;

				update agencies a set parent_id = p.id
				from staging_agencies s join agencies p on p.code = s.parent_code
				where a.code = s.code and s.parent_code <> '';

				-- One government body per province and per regency/city.
				insert into agencies (code, name, short_name, kind, level, region_code, keywords)
				select 'pemda-' || r.code,
				       case
				           when r.code = '11' then 'Pemerintah Aceh'
				           when r.code = '34' then 'Pemerintah Daerah ' || r.name
				           when r.level = 'PROVINCE' then 'Pemerintah Provinsi ' || r.name
				           else 'Pemerintah ' || r.name
				       end,
				       null, 'REGIONAL_GOVERNMENT', r.level, r.code, ''
				from regions r order by r.code;

				-- The standard departments and enterprises of every regional government.
				insert into agencies (code, name, kind, level, region_code, unit_kind_code, parent_id, keywords)
				select lower(u.code) || '-' || r.code,
				       replace(u.name_template_id, '{region}',
				               case when r.level = 'PROVINCE' then 'Provinsi ' || r.name else r.name end),
				       u.kind, r.level, r.code, u.code, g.id, u.keywords
				from regions r
				join unit_kinds u on u.applies_to = 'BOTH' or u.applies_to = r.level
				join agencies g on g.code = 'pemda-' || r.code
				where not (r.level = 'REGENCY' and r.province_code = '31')
				order by r.code, u.code;

				insert into categories (code, name_id, name_en, parent_code, jurisdiction, unit_kind_code,
				                        national_agency_code, keywords, position)
				select code, name_id, name_en, null, jurisdiction, nullif(unit_kind, ''), nullif(national_agency_code, ''),
				       coalesce(keywords, ''), line
				from staging_categories;
				""");

		execute(connection, """
				update categories c set parent_code = s.parent_code
				from staging_categories s where s.code = c.code and s.parent_code <> '';
				""");
	}

	private static void copy(Connection connection, String table, String resource) throws SQLException, IOException {
		copy(connection, table, resource, null);
	}

	private static void copy(Connection connection, String table, String resource, String columns)
			throws SQLException, IOException {

		var target = columns == null ? table : table + " (" + columns + ")";
		var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();

		try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
			copyApi.copyIn("copy " + target + " from stdin with (format csv, header true)", reader);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}

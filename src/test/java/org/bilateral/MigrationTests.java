package org.bilateral;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema is built by Flyway from an empty database, Hibernate validates it (the test
 * configuration sets {@code ddl-auto=validate}), and its constraints keep bad data out.
 */
@DataTest
class MigrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationIsApplied() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).hasSizeGreaterThanOrEqualTo(13);
	}

	@Test
	void everyIsoCountryIsLoaded() {
		assertThat(this.jdbc.queryForObject("select count(*) from country", Integer.class)).isEqualTo(249);
		assertThat(this.jdbc.queryForObject("select name from country where code = 'KZ'", String.class))
			.isEqualTo("Kazakhstan");
		assertThat(this.jdbc.queryForObject("select slug from country where code = 'AR'", String.class))
			.isEqualTo("argentina");
	}

	@Test
	void everySeededRecordCitesTheSource() {
		Long source = this.jdbc.queryForObject("select id from source where publisher = ?", Long.class,
				"Ministry of Foreign Affairs of the Republic of Kazakhstan");
		for (String table : new String[] { "relation", "accreditation", "event_participation", "visit", "agreement",
				"trade_figure", "cultural_centre" }) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from " + table + " where source_id is distinct from " + source, Integer.class))
				.as(table)
				.isZero();
		}
	}

	@Test
	void relationsAreStoredInCanonicalOrderOnly() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("insert into relation (first_country_code, second_country_code, slug, created_by, updated_by)"
					+ " values ('KZ', 'BR', 'kazakhstan-brazil', 't', 't')"));
	}

	@Test
	void relationSlugMustMatchItsCountries() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("insert into relation (first_country_code, second_country_code, slug, created_by, updated_by)"
					+ " values ('BR', 'KZ', 'something-else', 't', 't')"));
	}

	@Test
	void aYearCannotBeStoredAsADay() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update relation set established_on = '1993-06-25',"
					+ " established_precision = 'YEAR' where slug = 'argentina-kazakhstan'"));
	}

	@Test
	void aDateNeedsItsPrecision() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("update relation set established_precision = null where slug = 'argentina-kazakhstan'"));
	}

	@Test
	void tradeValuesCannotBeNegative() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update trade_figure set export_value = -1"));
	}

	@Test
	void personSlugsAreUnique() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"insert into person (name, slug, created_by, updated_by) values ('Other', 'erlan-idrissov', 't', 't')"));
	}

	@Test
	void sourceAddressesAreWebAddresses() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update source set url = 'javascript:alert(1)'"));
	}

	@Test
	void visitsCannotEndBeforeTheyStart() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"update visit set ends_on = '2000-01-01', ends_precision = 'DAY' where slug = 'hector-timerman-visits-kazakhstan'"));
	}

	@Test
	void everyEditableTableHasAVersionAndStamps() {
		for (String table : new String[] { "source", "relation", "person", "accreditation", "event_participation",
				"visit", "agreement", "trade_figure", "cultural_centre" }) {
			assertThat(this.jdbc.queryForList("select column_name from information_schema.columns where table_name = ?",
					String.class, table))
				.as(table)
				.contains("version", "created_at", "created_by", "updated_at", "updated_by");
		}
	}

}

package org.bilateral.trade;

import java.math.BigDecimal;
import java.util.List;

import org.bilateral.country.Country;
import org.bilateral.trade.TradeMirror.Flow;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mirror trade from figures: each flow as its exporter and its importer report it, the
 * difference between them, and nothing summed across the two reporters.
 */
class TradeMirrorTests {

	static final Country KAZAKHSTAN = country("KZ", "Kazakhstan");

	static final Country ARGENTINA = country("AR", "Argentina");

	@Test
	void eachFlowSetsTheExportersFigureBesideTheImportersWithTheDifference() {
		TradeMirror mirror = TradeMirror.of(List.of(figure(2018, KAZAKHSTAN, ARGENTINA, "4.2", "22.1", "26.4"),
				figure(2018, ARGENTINA, KAZAKHSTAN, "20.0", "5.1", "25.1")));
		assertThat(mirror.flows()).hasSize(2);
		Flow fromKazakhstan = mirror.flow(2018, "KZ");
		assertThat(fromKazakhstan.importer()).isEqualTo(ARGENTINA);
		assertThat(fromKazakhstan.asExporterReports()).isEqualByComparingTo("4.2");
		assertThat(fromKazakhstan.asImporterReports()).isEqualByComparingTo("5.1");
		assertThat(fromKazakhstan.getDifference()).isEqualByComparingTo("0.9");
		Flow fromArgentina = mirror.flow(2018, "AR");
		assertThat(fromArgentina.asExporterReports()).isEqualByComparingTo("20.0");
		assertThat(fromArgentina.asImporterReports()).isEqualByComparingTo("22.1");
		assertThat(fromArgentina.getDifference()).isEqualByComparingTo("2.1");
		assertThat(fromArgentina.isMirrored()).isTrue();
	}

	@Test
	void aSideThatDidNotReportIsNotRecordedAndNothingIsDerivedFromTheOther() {
		TradeMirror mirror = TradeMirror.of(List.of(figure(2018, KAZAKHSTAN, ARGENTINA, "4.2", "22.1", "26.4")));
		Flow fromKazakhstan = mirror.flow(2018, "KZ");
		assertThat(fromKazakhstan.asExporterReports()).isEqualByComparingTo("4.2");
		assertThat(fromKazakhstan.importerReported()).isFalse();
		assertThat(fromKazakhstan.asImporterReports()).isNull();
		assertThat(fromKazakhstan.getDifference()).isNull();
		Flow fromArgentina = mirror.flow(2018, "AR");
		assertThat(fromArgentina.exporterReported()).isFalse();
		assertThat(fromArgentina.asExporterReports()).isNull();
		assertThat(fromArgentina.asImporterReports()).isEqualByComparingTo("22.1");
	}

	@Test
	void aSeriesOverYearsKeepsEachYearApartInOrder() {
		TradeMirror mirror = TradeMirror.of(List.of(figure(2018, KAZAKHSTAN, ARGENTINA, "4.2", "22.1", null),
				figure(2017, ARGENTINA, KAZAKHSTAN, "15", "3", null),
				figure(2017, KAZAKHSTAN, ARGENTINA, "2", "14", null)));
		assertThat(mirror.flows()).extracting((flow) -> flow.year() + " " + flow.exporter().getCode())
			.containsExactly("2017 AR", "2017 KZ", "2018 AR", "2018 KZ");
		assertThat(mirror.flow(2017, "AR").getDifference()).isEqualByComparingTo("-1");
		assertThat(mirror.flow(2018, "AR").isMirrored()).isFalse();
	}

	@Test
	void theChartDrawsEachSidesFigureOnOneScaleAndNoBarForASideNotRecorded() {
		TradeMirror.Chart chart = TradeMirror.of(List.of(figure(2018, KAZAKHSTAN, ARGENTINA, "4.2", "22.1", "26.4"),
				figure(2018, ARGENTINA, KAZAKHSTAN, "20.0", "5.1", "25.1")))
			.chart();
		assertThat(chart.groups()).hasSize(2);
		TradeMirror.Group fromArgentina = chart.groups().get(0);
		assertThat(fromArgentina.exporter().value()).isEqualByComparingTo("20.0");
		assertThat(fromArgentina.importer().value()).isEqualByComparingTo("22.1");
		// the largest single figure fills the bar area: no bar is a sum of both reports
		assertThat(fromArgentina.importer().length()).isEqualTo(640 - 200 - 110);
		assertThat(fromArgentina.exporter().length()).isEqualTo(Math.round(20.0 / 22.1 * 330 * 10) / 10.0);
		TradeMirror.Chart single = TradeMirror.of(List.of(figure(2018, KAZAKHSTAN, ARGENTINA, "4.2", "22.1", "26.4")))
			.chart();
		TradeMirror.Group fromKazakhstan = single.groups().get(1);
		assertThat(fromKazakhstan.flow().exporter()).isEqualTo(KAZAKHSTAN);
		assertThat(fromKazakhstan.importer().value()).isNull();
		assertThat(fromKazakhstan.importer().length()).isZero();
		assertThat(fromKazakhstan.importer().y()).isGreaterThan(fromKazakhstan.exporter().y());
	}

	private static TradeFigure figure(int year, Country reporter, Country partner, String exports, String imports,
			String turnover) {
		TradeFigure figure = new TradeFigure();
		figure.setYear(year);
		figure.setReportingCountry(reporter);
		figure.setPartnerCountry(partner);
		figure.setExports(new BigDecimal(exports));
		figure.setImports(new BigDecimal(imports));
		figure.setTurnover((turnover != null) ? new BigDecimal(turnover) : null);
		return figure;
	}

	private static Country country(String code, String name) {
		Country country = new Country() {
		};
		ReflectionTestUtils.setField(country, Country.class, "code", code, String.class);
		ReflectionTestUtils.setField(country, Country.class, "name", name, String.class);
		return country;
	}

}

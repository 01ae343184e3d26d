package org.bilateral.trade;

import java.math.BigDecimal;
import java.util.List;

import org.bilateral.trade.TradeChart.Bar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The trade chart's geometry for given figures: bars scaled to the largest value, one
 * group per year, nothing drawn for a value not published.
 */
class TradeChartTests {

	/**
	 * The chart is 640 wide: 200 for the bar labels, 70 for the values, the rest for
	 * bars.
	 */
	static final double LONGEST_BAR = 640 - 200 - 70;

	@Test
	void theLargestValueFillsTheBarAreaAndTheOthersAreInProportion() {
		TradeChart chart = TradeChart.of(List.of(figure(2018, "4.2", "22.1", "26.4")));
		assertThat(chart.width()).isEqualTo(640);
		assertThat(chart.groups()).singleElement().satisfies((group) -> {
			assertThat(group.figure().getYear()).isEqualTo(2018);
			assertThat(group.bars()).extracting(Bar::kind)
				.containsExactly(Bar.Kind.EXPORT, Bar.Kind.IMPORT, Bar.Kind.TURNOVER);
			assertThat(group.bars()).extracting(Bar::value)
				.containsExactly(new BigDecimal("4.2"), new BigDecimal("22.1"), new BigDecimal("26.4"));
			assertThat(group.bars()).extracting(Bar::length).containsExactly(58.9, 309.7, LONGEST_BAR);
		});
	}

	@Test
	void barsStartAfterTheLabelsAndTheirValueIsWrittenAfterTheirEnd() {
		TradeChart chart = TradeChart.of(List.of(figure(2018, "4.2", "22.1", "26.4")));
		for (Bar bar : chart.groups().get(0).bars()) {
			assertThat(bar.x()).isEqualTo(200);
			assertThat(bar.labelX()).isLessThan(bar.x());
			assertThat(bar.valueX()).isGreaterThan(bar.x() + bar.length());
			assertThat(bar.valueX()).isLessThan(chart.width());
			assertThat(bar.textBaseline()).isBetween(bar.y(), bar.y() + bar.height());
		}
	}

	@Test
	void barsAndGroupsFollowEachOtherWithoutOverlapping() {
		TradeChart chart = TradeChart.of(List.of(figure(2017, "3", "20", "23"), figure(2018, "4.2", "22.1", "26.4")));
		assertThat(chart.groups()).hasSize(2);
		int bottom = -1;
		for (TradeChart.Group group : chart.groups()) {
			assertThat(group.top()).isGreaterThan(bottom);
			assertThat(group.headingBaseline()).isGreaterThan(group.top());
			for (Bar bar : group.bars()) {
				assertThat(bar.y()).isGreaterThan(group.headingBaseline());
				assertThat(bar.y()).isGreaterThan(bottom);
				bottom = bar.y() + bar.height();
			}
		}
		assertThat(chart.height()).isGreaterThanOrEqualTo(bottom);
	}

	@Test
	void oneScaleServesEveryYear() {
		TradeChart chart = TradeChart
			.of(List.of(figure(2017, "13.2", null, null), figure(2018, "4.2", "22.1", "26.4")));
		assertThat(chart.groups().get(0).bars()).singleElement()
			.satisfies((bar) -> assertThat(bar.length()).isCloseTo(13.2 * LONGEST_BAR / 26.4, within(0.05)));
		assertThat(chart.groups().get(1).bars().get(2).length()).isEqualTo(LONGEST_BAR);
	}

	@Test
	void aValueNotPublishedHasNoBarAndAZeroStillShows() {
		TradeChart chart = TradeChart.of(List.of(figure(2019, "0", null, "5")));
		assertThat(chart.groups().get(0).bars()).extracting(Bar::kind)
			.containsExactly(Bar.Kind.EXPORT, Bar.Kind.TURNOVER);
		assertThat(chart.groups().get(0).bars()).extracting(Bar::length).containsExactly(1.0, LONGEST_BAR);
	}

	@Test
	void figuresWithOnlyZerosDrawHairlines() {
		TradeChart chart = TradeChart.of(List.of(figure(2019, "0", "0", "0")));
		assertThat(chart.groups().get(0).bars()).extracting(Bar::length).containsOnly(1.0);
	}

	@Test
	void noFiguresIsAnEmptyChart() {
		TradeChart chart = TradeChart.of(List.of());
		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.groups()).isEmpty();
		assertThat(chart.height()).isPositive();
	}

	@Test
	void eachKindOfBarHasItsOwnStyle() {
		assertThat(Bar.Kind.EXPORT.cssClass()).isEqualTo("bar-export");
		assertThat(Bar.Kind.IMPORT.cssClass()).isEqualTo("bar-import");
		assertThat(Bar.Kind.TURNOVER.cssClass()).isEqualTo("bar-turnover");
	}

	private static TradeFigure figure(int year, String exports, String imports, String turnover) {
		TradeFigure figure = new TradeFigure();
		figure.setYear(year);
		figure.setExports((exports != null) ? new BigDecimal(exports) : null);
		figure.setImports((imports != null) ? new BigDecimal(imports) : null);
		figure.setTurnover((turnover != null) ? new BigDecimal(turnover) : null);
		return figure;
	}

}

package org.bilateral.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the trade chart, computed on the server so the page needs no script:
 * one group of horizontal bars (export, import, published turnover) per reported year.
 * Bars are scaled to the largest value on the chart.
 */
public record TradeChart(int width, int height, List<Group> groups) {

	static final int WIDTH = 640;

	/** Room for the longest bar label, "Turnover (as published)", right-aligned. */
	static final int LABEL_WIDTH = 200;

	static final int VALUE_WIDTH = 70;

	static final int BAR_HEIGHT = 22;

	static final int BAR_GAP = 6;

	static final int GROUP_HEADER = 28;

	static final int GROUP_GAP = 16;

	public static TradeChart of(List<TradeFigure> figures) {
		BigDecimal max = figures.stream()
			.flatMap((figure) -> java.util.stream.Stream.of(figure.getExports(), figure.getImports(),
					figure.getTurnover()))
			.filter(java.util.Objects::nonNull)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		double scale = (max.signum() > 0) ? (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max.doubleValue() : 0;
		List<Group> groups = new ArrayList<>();
		int y = 0;
		for (TradeFigure figure : figures) {
			int groupTop = y;
			y += GROUP_HEADER;
			List<Bar> bars = new ArrayList<>();
			for (Bar.Kind kind : Bar.Kind.values()) {
				BigDecimal value = kind.valueOf(figure);
				if (value != null) {
					double length = Math.max(value.doubleValue() * scale, 1);
					bars.add(new Bar(kind, value, LABEL_WIDTH, y, round(length), BAR_HEIGHT));
					y += BAR_HEIGHT + BAR_GAP;
				}
			}
			groups.add(new Group(figure, groupTop, bars));
			y += GROUP_GAP;
		}
		return new TradeChart(WIDTH, Math.max(y, 1), groups);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

	/** One reported year: its heading sits at {@code top}, its bars below. */
	public record Group(TradeFigure figure, int top, List<Bar> bars) {

		public int headingBaseline() {
			return this.top + GROUP_HEADER - 10;
		}

	}

	/** One bar, with where its label and value are written. */
	public record Bar(Kind kind, BigDecimal value, int x, int y, double length, int height) {

		public int textBaseline() {
			return this.y + this.height - 6;
		}

		public int labelX() {
			return this.x - 8;
		}

		public double valueX() {
			return this.x + this.length + 6;
		}

		public enum Kind {

			EXPORT, IMPORT, TURNOVER;

			BigDecimal valueOf(TradeFigure figure) {
				return switch (this) {
					case EXPORT -> figure.getExports();
					case IMPORT -> figure.getImports();
					case TURNOVER -> figure.getTurnover();
				};
			}

			public String cssClass() {
				return "bar-" + name().toLowerCase(java.util.Locale.ROOT);
			}

		}

	}

}

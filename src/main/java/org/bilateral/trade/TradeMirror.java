package org.bilateral.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.bilateral.country.Country;

/**
 * Mirror trade: each flow of goods in a year (from one country to the other) as its
 * exporter reports it beside what its importer reports, and the difference. The two never
 * agree exactly (the exporter values goods at its border, FOB, the importer with freight
 * and insurance, CIF; goods cross the year's end in transit; re-exports through third
 * countries are counted differently), so they are shown side by side and never added up:
 * a figure from one reporter is never summed with one from the other. Where one side has
 * not reported, its figure is "not recorded", never derived from the other's.
 */
public record TradeMirror(List<Flow> flows) {

	public static TradeMirror of(List<TradeFigure> figures) {
		Map<String, Flow.Builder> flows = new LinkedHashMap<>();
		for (TradeFigure figure : figures) {
			Country reporter = figure.getReportingCountry();
			Country partner = figure.getPartnerCountry();
			flow(flows, figure.getYear(), reporter, partner).exporterReport(figure.getExports());
			flow(flows, figure.getYear(), partner, reporter).importerReport(figure.getImports());
		}
		return new TradeMirror(flows.values()
			.stream()
			.map(Flow.Builder::build)
			.sorted(Comparator.comparingInt(Flow::year).thenComparing((flow) -> flow.exporter().getName()))
			.toList());
	}

	private static Flow.Builder flow(Map<String, Flow.Builder> flows, int year, Country exporter, Country importer) {
		return flows.computeIfAbsent(year + ":" + exporter.getCode(),
				(key) -> new Flow.Builder(year, exporter, importer));
	}

	public boolean isEmpty() {
		return this.flows.isEmpty();
	}

	/**
	 * The flow of goods from a country in a year, or null when neither side reported it.
	 */
	public Flow flow(int year, String exporterCode) {
		return this.flows.stream()
			.filter((flow) -> flow.year() == year && flow.exporter().getCode().equals(exporterCode))
			.findFirst()
			.orElse(null);
	}

	/** The bars of the mirror chart: per flow, each side's figure on one scale. */
	public Chart chart() {
		return Chart.of(this.flows);
	}

	/**
	 * Goods from {@code exporter} to {@code importer} in a year: the exporter's figure
	 * (its export) and the importer's (its import), each null when that side did not
	 * report the year or the value.
	 *
	 * @param exporterReported whether the exporter reported the year at all
	 * @param importerReported whether the importer reported the year at all
	 */
	public record Flow(int year, Country exporter, Country importer, BigDecimal asExporterReports,
			BigDecimal asImporterReports, boolean exporterReported, boolean importerReported) {

		/**
		 * The importer's figure less the exporter's, when both are known; usually
		 * positive, as imports are valued CIF and exports FOB.
		 */
		public BigDecimal getDifference() {
			return (this.asExporterReports != null && this.asImporterReports != null)
					? this.asImporterReports.subtract(this.asExporterReports) : null;
		}

		/** Whether both sides reported the year, so that the flow can be compared. */
		public boolean isMirrored() {
			return this.exporterReported && this.importerReported;
		}

		static final class Builder {

			private final int year;

			private final Country exporter;

			private final Country importer;

			private BigDecimal asExporterReports;

			private BigDecimal asImporterReports;

			private boolean exporterReported;

			private boolean importerReported;

			Builder(int year, Country exporter, Country importer) {
				this.year = year;
				this.exporter = exporter;
				this.importer = importer;
			}

			void exporterReport(BigDecimal value) {
				this.exporterReported = true;
				this.asExporterReports = value;
			}

			void importerReport(BigDecimal value) {
				this.importerReported = true;
				this.asImporterReports = value;
			}

			Flow build() {
				return new Flow(this.year, this.exporter, this.importer, this.asExporterReports, this.asImporterReports,
						this.exporterReported, this.importerReported);
			}

		}

	}

	/**
	 * The mirror chart's geometry: for each flow a heading and two bars on one scale, the
	 * exporter's report above the importer's; a side that did not report gets no bar and
	 * says so.
	 */
	public record Chart(int width, int height, List<Group> groups) {

		static final int WIDTH = 640;

		static final int LABEL_WIDTH = 200;

		static final int VALUE_WIDTH = 110;

		static final int BAR_HEIGHT = 20;

		static final int BAR_GAP = 6;

		static final int GROUP_HEADER = 28;

		static final int GROUP_GAP = 16;

		static Chart of(List<Flow> flows) {
			BigDecimal max = flows.stream()
				.flatMap((flow) -> Stream.of(flow.asExporterReports(), flow.asImporterReports()))
				.filter(Objects::nonNull)
				.max(BigDecimal::compareTo)
				.orElse(BigDecimal.ONE);
			double scale = (max.signum() > 0) ? (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max.doubleValue() : 0;
			List<Group> groups = new ArrayList<>();
			int y = 0;
			for (Flow flow : flows) {
				int top = y;
				y += GROUP_HEADER;
				Bar exporter = bar(flow.exporter(), true, flow.asExporterReports(), scale, y);
				y += BAR_HEIGHT + BAR_GAP;
				Bar importer = bar(flow.importer(), false, flow.asImporterReports(), scale, y);
				y += BAR_HEIGHT + BAR_GAP;
				groups.add(new Group(flow, top, exporter, importer));
				y += GROUP_GAP;
			}
			return new Chart(WIDTH, Math.max(y, 1), groups);
		}

		private static Bar bar(Country reporter, boolean exporter, BigDecimal value, double scale, int y) {
			double length = (value != null) ? Math.round(Math.max(value.doubleValue() * scale, 1) * 10) / 10.0 : 0;
			return new Bar(reporter, exporter, value, LABEL_WIDTH, y, length, BAR_HEIGHT);
		}

		public boolean isEmpty() {
			return this.groups.isEmpty();
		}

	}

	/** One flow on the chart: its heading at {@code top}, then each side's bar. */
	public record Group(Flow flow, int top, Bar exporter, Bar importer) {

		public int headingBaseline() {
			return this.top + Chart.GROUP_HEADER - 10;
		}

	}

	/**
	 * One side's figure for a flow; a null value (not recorded) has no bar, and its text
	 * says so.
	 */
	public record Bar(Country reporter, boolean exporter, BigDecimal value, int x, int y, double length, int height) {

		public int textBaseline() {
			return this.y + this.height - 5;
		}

		public int labelX() {
			return this.x - 8;
		}

		public double valueX() {
			return this.x + this.length + 6;
		}

		public String cssClass() {
			return this.exporter ? "bar-export" : "bar-import";
		}

	}

}

package org.bilateral.trade;

import java.math.BigDecimal;
import java.util.function.Function;

import org.bilateral.country.CountryData;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;

/**
 * A year's trade in the data formats: the figures as published, the balance derived from
 * them, and the mirror: what the partner reports of the same flows that year, with the
 * differences (the partner's figures are never added to these).
 */
public record TradeFigureData(int year, CountryData reportingCountry, CountryData partnerCountry, BigDecimal exports,
		BigDecimal imports, BigDecimal turnover, BigDecimal balance, String unit, MirrorData mirror,
		SourceData source) {

	public static TradeFigureData of(TradeFigure t, TradeMirror mirror, Function<Source, SourceData> sources) {
		return new TradeFigureData(t.getYear(), CountryData.of(t.getReportingCountry()),
				CountryData.of(t.getPartnerCountry()), t.getExports(), t.getImports(), t.getTurnover(), t.getBalance(),
				t.getUnit(), MirrorData.of(t, mirror), sources.apply(t.getSource()));
	}

	/**
	 * The partner's report of the same year: its imports from the reporter (the mirror of
	 * these exports) and its exports to it (the mirror of these imports), each with the
	 * importer's figure less the exporter's; {@code partnerReported} is false, and the
	 * figures null, when the partner's report is not recorded.
	 */
	public record MirrorData(boolean partnerReported, BigDecimal exportsAsPartnerReports, BigDecimal exportsDifference,
			BigDecimal importsAsPartnerReports, BigDecimal importsDifference) {

		static MirrorData of(TradeFigure t, TradeMirror mirror) {
			TradeMirror.Flow out = mirror.flow(t.getYear(), t.getReportingCountry().getCode());
			TradeMirror.Flow in = mirror.flow(t.getYear(), t.getPartnerCountry().getCode());
			boolean reported = out != null && out.importerReported();
			return new MirrorData(reported, reported ? out.asImporterReports() : null,
					(out != null) ? out.getDifference() : null,
					(in != null && in.exporterReported()) ? in.asExporterReports() : null,
					(in != null) ? in.getDifference() : null);
		}

	}

}

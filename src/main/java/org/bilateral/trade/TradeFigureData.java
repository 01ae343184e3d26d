package org.bilateral.trade;

import java.math.BigDecimal;
import java.util.function.Function;

import org.bilateral.country.CountryData;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;

/**
 * A year's trade in the data formats: the figures as published, and the balance derived
 * from them.
 */
public record TradeFigureData(int year, CountryData reportingCountry, CountryData partnerCountry, BigDecimal exports,
		BigDecimal imports, BigDecimal turnover, BigDecimal balance, String unit, SourceData source) {

	public static TradeFigureData of(TradeFigure t, Function<Source, SourceData> sources) {
		return new TradeFigureData(t.getYear(), CountryData.of(t.getReportingCountry()),
				CountryData.of(t.getPartnerCountry()), t.getExports(), t.getImports(), t.getTurnover(), t.getBalance(),
				t.getUnit(), sources.apply(t.getSource()));
	}

}

package org.bilateral.culture;

import java.util.Map;
import java.util.function.Function;

import org.bilateral.common.text.Texts;
import org.bilateral.common.web.DataDate;
import org.bilateral.country.CountryData;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;

/**
 * A cultural centre in the data formats.
 */
public record CulturalCentreData(String name, String city, String region, CountryData country, DataDate openedOn,
		String supportingMission, String notes, DataDate statedOn, DataDate lastVerifiedOn, SourceData source,
		String language, Map<String, Map<String, String>> translations) {

	public static CulturalCentreData of(CulturalCentre c, Function<Source, SourceData> sources, Texts texts) {
		return new CulturalCentreData(c.getName(), c.getCity(), c.getRegion(), CountryData.of(c.getCountry()),
				DataDate.of(c.getOpenedOn()), c.getSupportingMission(), c.getNotes(), DataDate.ofDay(c.getStatedOn()),
				DataDate.ofDay(c.getLastVerifiedOn()), sources.apply(c.getSource()), texts.written(c).language(),
				texts.written(c).translations());
	}

}

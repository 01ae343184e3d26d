package org.bilateral.ambassador;

import java.util.Map;
import java.util.function.Function;

import org.bilateral.common.text.Texts;
import org.bilateral.common.web.DataDate;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.country.CountryData;
import org.bilateral.person.PersonLink;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;

/**
 * A head of mission in the data formats: who, sent by whom to whom, resident where, the
 * tenure at its precision, the day the source stated it and the day an editor last
 * checked it again against a source.
 */
public record AccreditationData(PersonLink person, String title, CountryData sendingCountry,
		CountryData receivingCountry, String residenceCity, CountryData residenceCountry,
		boolean residenceCountryInferred, boolean concurrent, DataDate from, DataDate to, DataDate statedOn,
		DataDate lastVerifiedOn, SourceData source, String language, Map<String, Map<String, String>> translations) {

	public static AccreditationData of(Accreditation a, PublicAddress address, Function<Source, SourceData> sources,
			Texts texts) {
		return new AccreditationData(PersonLink.of(a.getPerson(), address), a.getTitle(),
				CountryData.of(a.getSendingCountry()), CountryData.of(a.getReceivingCountry()), a.getResidenceCity(),
				CountryData.of(a.getResidenceCountry()), a.isResidenceCountryInferred(), a.isConcurrent(),
				DataDate.of(a.getTenureStart()), DataDate.of(a.getTenureEnd()), DataDate.ofDay(a.getAsOf()),
				DataDate.ofDay(a.getLastVerifiedOn()), sources.apply(a.getSource()), texts.written(a).language(),
				texts.written(a).translations());
	}

}

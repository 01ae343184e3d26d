package org.bilateral.event;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bilateral.common.text.Texts;
import org.bilateral.common.web.DataDate;
import org.bilateral.country.CountryData;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;

/**
 * A country's part in an event in the data formats, with the visits made during it.
 */
public record EventParticipationData(String eventName, String shortName, CountryData hostCountry, String city,
		DataDate starts, DataDate ends, CountryData participantCountry, String participation, String notes,
		List<VisitLink> visitsDuring, SourceData source, String language,
		Map<String, Map<String, String>> translations) {

	public static EventParticipationData of(EventParticipation e, List<VisitLink> visitsDuring,
			Function<Source, SourceData> sources, Texts texts) {
		return new EventParticipationData(e.getEventName(), e.getShortName(), CountryData.of(e.getHostCountry()),
				e.getCity(), DataDate.of(e.getStarts()), DataDate.of(e.getEnds()),
				CountryData.of(e.getParticipantCountry()), e.getParticipation(), e.getNotes(), visitsDuring,
				sources.apply(e.getSource()), texts.written(e).language(), texts.written(e).translations());
	}

	/** A visit named under the event, with its address. */
	public record VisitLink(String title, String url) {

	}

}

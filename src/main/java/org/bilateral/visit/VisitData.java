package org.bilateral.visit;

import java.time.Instant;
import java.util.List;
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
 * A visit in the data formats, with the same facts as its page.
 */
public record VisitData(long id, String url, String title, String kind, DataDate starts, DataDate ends, String venue,
		String city, CountryData hostCountry, boolean hostCountryInferred, String occasion, String event,
		String description, List<Participant> participants, SourceData source, Instant lastChanged, String language,
		Map<String, Map<String, String>> translations) {

	public static VisitData of(Visit visit, PublicAddress address, Function<Source, SourceData> sources, Texts texts) {
		return new VisitData(visit.getId(), address.link(visit.getPath()), visit.getTitle(), visit.getKind().name(),
				DataDate.of(visit.getStarts()), DataDate.of(visit.getEnds()), visit.getVenue(), visit.getCity(),
				CountryData.of(visit.getHostCountry()), visit.isHostCountryInferred(), visit.getOccasion(),
				(visit.getEvent() != null) ? visit.getEvent().getEventName() : null, visit.getDescription(),
				visit.getParticipants()
					.stream()
					.map((p) -> new Participant(PersonLink.of(p.getPerson(), address), p.getOffice(),
							CountryData.of(p.getSide()), p.getRole().name()))
					.toList(),
				sources.apply(visit.getSource()), visit.getUpdatedAt(), texts.written(visit).language(),
				texts.written(visit).translations());
	}

	/** A visit as a list on the country-pair page shows it: without its participants. */
	public static VisitData summary(Visit visit, PublicAddress address, Function<Source, SourceData> sources,
			Texts texts) {
		return new VisitData(visit.getId(), address.link(visit.getPath()), visit.getTitle(), visit.getKind().name(),
				DataDate.of(visit.getStarts()), DataDate.of(visit.getEnds()), visit.getVenue(), visit.getCity(),
				CountryData.of(visit.getHostCountry()), visit.isHostCountryInferred(), visit.getOccasion(),
				(visit.getEvent() != null) ? visit.getEvent().getEventName() : null, null, null,
				sources.apply(visit.getSource()), visit.getUpdatedAt(), texts.written(visit).language(),
				texts.written(visit).translations());
	}

	/** Who took part, in the office they held then, for which side and in what role. */
	public record Participant(PersonLink person, String office, CountryData side, String role) {

	}

}

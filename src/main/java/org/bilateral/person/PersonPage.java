package org.bilateral.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.bilateral.common.PartialDate;
import org.bilateral.source.Source;

/**
 * What a person's page shows: the offices the records show them holding, their postings
 * as head of mission, the visits and meetings they took part in, and the sources of all
 * of it, read with a fixed number of statements.
 */
public record PersonPage(Person person, List<PersonPosting> postings, List<PersonVisit> visits) {

	/**
	 * Each office the visits record the person holding, with the dates of those visits
	 * (the postings as head of mission carry their own dates).
	 */
	public List<Office> offices() {
		Map<String, List<PartialDate>> byOffice = new LinkedHashMap<>();
		for (PersonVisit visit : this.visits) {
			if (visit.office() != null) {
				List<PartialDate> dates = byOffice.computeIfAbsent(visit.office(), (office) -> new ArrayList<>());
				if (visit.starts() != null && !dates.contains(visit.starts())) {
					dates.add(visit.starts());
				}
			}
		}
		return byOffice.entrySet().stream().map((entry) -> new Office(entry.getKey(), entry.getValue())).toList();
	}

	/** The sources the page's records cite, each once, by title. */
	public List<Source> sources() {
		Map<Long, Source> byId = new LinkedHashMap<>();
		Stream.concat(this.postings.stream().map(PersonPosting::source), this.visits.stream().map(PersonVisit::source))
			.filter(Objects::nonNull)
			.forEach((source) -> byId.putIfAbsent(source.getId(), source));
		return byId.values().stream().sorted(java.util.Comparator.comparing(Source::getTitle)).toList();
	}

	/** When the person's record last changed. */
	public Instant lastChanged() {
		return this.person.getUpdatedAt();
	}

	/** An office and the dates on which the records show it held. */
	public record Office(String name, Collection<PartialDate> recordedOn) {

	}

}

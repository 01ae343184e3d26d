package org.bilateral.person;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bilateral.common.text.Texts;
import org.bilateral.common.web.DataDate;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.source.SourceData;

/**
 * A person in the data formats, with the same records as their page.
 */
public record PersonData(long id, String url, String name, List<Office> offices, List<Posting> headOfMissionPostings,
		List<Visit> visits, Instant lastChanged, String language, Map<String, Map<String, String>> translations) {

	public static PersonData of(PersonPage page, PublicAddress address, Texts texts) {
		Person person = page.person();
		return new PersonData(person.getId(), address.link(person.getPath()), person.getName(),
				page.offices()
					.stream()
					.map((office) -> new Office(office.name(), office.recordedOn().stream().map(DataDate::of).toList()))
					.toList(),
				page.postings()
					.stream()
					.map((p) -> new Posting(p.title(), p.sendingCountry(), p.receivingCountry(), p.residenceCity(),
							p.residenceCountry(), p.concurrent(), DataDate.of(p.from()), DataDate.of(p.to()),
							DataDate.ofDay(p.statedOn()), address.link("/relations/" + p.relationSlug()),
							SourceData.of(p.source())))
					.toList(),
				page.visits()
					.stream()
					.map((v) -> new Visit(v.title(), address.link(v.path()), DataDate.of(v.starts()),
							DataDate.of(v.ends()), v.office(), v.side(), v.role(), SourceData.of(v.source())))
					.toList(),
				page.lastChanged(), texts.written(person).language(), texts.written(person).translations());
	}

	/** An office held at visits, with the dates of those visits. */
	public record Office(String name, List<DataDate> recordedOn) {

	}

	/** A posting as head of mission. */
	public record Posting(String title, String sendingCountry, String receivingCountry, String residenceCity,
			String residenceCountry, boolean concurrent, DataDate from, DataDate to, DataDate statedOn, String relation,
			SourceData source) {

	}

	/** A visit or meeting taken part in, in the office held then. */
	public record Visit(String title, String url, DataDate starts, DataDate ends, String office, String side,
			String role, SourceData source) {

	}

}

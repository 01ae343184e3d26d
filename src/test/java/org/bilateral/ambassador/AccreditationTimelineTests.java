package org.bilateral.ambassador;

import java.time.LocalDate;
import java.util.List;

import org.bilateral.ambassador.AccreditationTimeline.Row;
import org.bilateral.ambassador.AccreditationTimeline.Segment;
import org.bilateral.common.PartialDate;
import org.bilateral.country.Country;
import org.bilateral.person.Person;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The timeline's geometry for given postings: a lane per sending side, a bar per posting,
 * partial dates drawn as the whole period they stand for and open ends left open.
 */
class AccreditationTimelineTests {

	static final Country KAZAKHSTAN = country("KZ", "Kazakhstan");

	static final Country ARGENTINA = country("AR", "Argentina");

	static final Country BRAZIL = country("BR", "Brazil");

	static final Country RUSSIA = country("RU", "Russia");

	@Test
	void eachSendingSideHasALaneWithEachOfItsPostings() {
		AccreditationTimeline timeline = AccreditationTimeline.of(List.of(
				posting("Kairat Sarzhanov", KAZAKHSTAN, ARGENTINA, BRAZIL, PartialDate.ofYear(2016), null,
						LocalDate.of(2019, 7, 25)),
				posting("Ricardo Ernesto Lagorio", ARGENTINA, KAZAKHSTAN, RUSSIA, PartialDate.ofYear(2018), null,
						LocalDate.of(2019, 7, 25)),
				posting("Earlier Ambassador", KAZAKHSTAN, ARGENTINA, BRAZIL, PartialDate.ofMonth(2012, 3),
						PartialDate.ofDay(LocalDate.of(2015, 12, 31)), null)));
		assertThat(timeline.lanes()).extracting((lane) -> lane.sendingCountry().getName())
			.containsExactly("Argentina", "Kazakhstan");
		assertThat(timeline.lanes().get(1).rows()).extracting((row) -> row.posting().getPerson().getName())
			.containsExactly("Earlier Ambassador", "Kairat Sarzhanov");
		assertThat(timeline.ticks()).extracting(AccreditationTimeline.Tick::year).contains(2012, 2020);
		int bottom = -1;
		for (AccreditationTimeline.Lane lane : timeline.lanes()) {
			assertThat(lane.top()).isGreaterThan(bottom);
			for (Row row : lane.rows()) {
				assertThat(row.barY()).isGreaterThan(lane.headingBaseline());
				assertThat(row.top()).isGreaterThanOrEqualTo(bottom);
				bottom = row.barY() + row.barHeight();
				for (Segment segment : row.segments()) {
					assertThat(segment.x()).isGreaterThanOrEqualTo(timeline.plotLeft());
					assertThat(segment.x() + segment.width()).isLessThanOrEqualTo(timeline.plotRight());
				}
			}
		}
		assertThat(timeline.height()).isGreaterThanOrEqualTo(bottom);
	}

	@Test
	void aStartKnownToTheYearIsUncertainAcrossTheYearAndAnOpenEndStopsAtTheStatedDay() {
		AccreditationTimeline timeline = AccreditationTimeline.of(List.of(posting("Kairat Sarzhanov", KAZAKHSTAN,
				ARGENTINA, BRAZIL, PartialDate.ofYear(2016), null, LocalDate.of(2019, 7, 25))));
		List<Segment> segments = timeline.lanes().get(0).rows().get(0).segments();
		assertThat(segments).extracting(Segment::kind)
			.containsExactly(Segment.Kind.UNCERTAIN, Segment.Kind.CERTAIN, Segment.Kind.OPEN);
		double year = tick(timeline, 2017) - tick(timeline, 2016);
		Segment uncertain = segments.get(0);
		assertThat(uncertain.x()).isCloseTo(tick(timeline, 2016), within(0.1));
		assertThat(uncertain.width()).isCloseTo(year, within(0.2));
		Segment certain = segments.get(1);
		assertThat(certain.x()).isCloseTo(tick(timeline, 2017), within(0.1));
		// held for certain up to 25 July 2019, the day the source stated it, not to today
		double stated = tick(timeline, 2019) + year * (206.0 / 365);
		assertThat(certain.x() + certain.width()).isCloseTo(stated, within(1.0));
		Segment open = segments.get(2);
		assertThat(open.x()).isCloseTo(certain.x() + certain.width(), within(0.2));
		assertThat(open.x() + open.width()).isLessThanOrEqualTo(timeline.plotRight());
	}

	@Test
	void aDayPreciseRangeIsCertainThroughoutAndAMonthEndIsUncertainForThatMonth() {
		AccreditationTimeline exact = AccreditationTimeline
			.of(List.of(posting("Exact", KAZAKHSTAN, ARGENTINA, ARGENTINA, PartialDate.ofDay(LocalDate.of(2010, 1, 1)),
					PartialDate.ofDay(LocalDate.of(2012, 1, 1)), null)));
		assertThat(exact.lanes().get(0).rows().get(0).segments()).extracting(Segment::kind)
			.containsExactly(Segment.Kind.CERTAIN);
		AccreditationTimeline monthEnd = AccreditationTimeline.of(List.of(posting("Month end", KAZAKHSTAN, ARGENTINA,
				ARGENTINA, PartialDate.ofDay(LocalDate.of(2010, 1, 1)), PartialDate.ofMonth(2011, 6), null)));
		List<Segment> segments = monthEnd.lanes().get(0).rows().get(0).segments();
		assertThat(segments).extracting(Segment::kind).containsExactly(Segment.Kind.CERTAIN, Segment.Kind.UNCERTAIN);
		double year = tick(monthEnd, 2011) - tick(monthEnd, 2010);
		assertThat(segments.get(1).width()).isCloseTo(year * 30 / 365, within(0.5));
	}

	@Test
	void aPostingWithoutDatesIsNotDrawn() {
		assertThat(AccreditationTimeline
			.of(List.of(posting("Undated", KAZAKHSTAN, ARGENTINA, BRAZIL, null, null, LocalDate.of(2019, 7, 25))))
			.isEmpty()).isTrue();
	}

	private static double tick(AccreditationTimeline timeline, int year) {
		return timeline.ticks()
			.stream()
			.filter((tick) -> tick.year() == year)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no tick for " + year))
			.x();
	}

	private static Accreditation posting(String name, Country sending, Country receiving, Country residence,
			PartialDate start, PartialDate end, LocalDate statedOn) {
		Accreditation posting = new Accreditation();
		posting.setPerson(new Person(name, "slug"));
		posting.setSendingCountry(sending);
		posting.setReceivingCountry(receiving);
		posting.setTitle("Ambassador");
		posting.setResidenceCity("City");
		posting.setResidenceCountry(residence);
		posting.setTenureStart(start);
		posting.setTenureEnd(end);
		posting.setAsOf(statedOn);
		return posting;
	}

	private static Country country(String code, String name) {
		Country country = new Country() {
		};
		ReflectionTestUtils.setField(country, Country.class, "code", code, String.class);
		ReflectionTestUtils.setField(country, Country.class, "name", name, String.class);
		return country;
	}

}

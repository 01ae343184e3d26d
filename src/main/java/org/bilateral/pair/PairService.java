package org.bilateral.pair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bilateral.agreement.Agreement;
import org.bilateral.agreement.AgreementRepository;
import org.bilateral.agreement.AgreementStep;
import org.bilateral.ambassador.Accreditation;
import org.bilateral.ambassador.AccreditationRepository;
import org.bilateral.culture.CulturalCentre;
import org.bilateral.culture.CulturalCentreRepository;
import org.bilateral.event.EventParticipation;
import org.bilateral.event.EventParticipationRepository;
import org.bilateral.relation.Relation;
import org.bilateral.relation.RelationRepository;
import org.bilateral.source.Source;
import org.bilateral.source.SourceRepository;
import org.bilateral.trade.TradeFigure;
import org.bilateral.trade.TradeFigureRepository;
import org.bilateral.visit.Visit;
import org.bilateral.visit.VisitRepository;
import org.bilateral.visit.VisitRepository.VisitDuringEvent;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads relations for the public pages. Every page reads a bounded number of records with
 * a fixed number of statements, paged in the database, whatever the size of the relation:
 * the country-pair page the most relevant records of each section, a section page one
 * page of its records, and each only the sources of the records it shows.
 */
@Service
@Transactional(readOnly = true)
public class PairService {

	/** Relations on one page of the list of all relations. */
	static final int RELATIONS_PER_PAGE = 100;

	/** The latest visits on the pair page. */
	static final int PAIR_VISITS = 10;

	/**
	 * The current heads of mission on the pair page, at most: half of them for each side.
	 */
	static final int PAIR_AMBASSADORS = 6;

	/** The latest documents on the pair page. */
	static final int PAIR_AGREEMENTS = 10;

	/** The latest trade figures on the pair page: five years, reported by each side. */
	static final int PAIR_TRADE = 10;

	/** The latest cultural centres on the pair page. */
	static final int PAIR_CENTRES = 5;

	/** The latest events on the pair page. */
	static final int PAIR_EVENTS = 5;

	/** The visits named under each event. */
	static final int VISITS_PER_EVENT = 5;

	private final RelationRepository relations;

	private final SectionSummaryRepository summaries;

	private final AccreditationRepository accreditations;

	private final VisitRepository visits;

	private final AgreementRepository agreements;

	private final TradeFigureRepository trade;

	private final CulturalCentreRepository culturalCentres;

	private final EventParticipationRepository events;

	private final SourceRepository sources;

	private final OnDateRepository onDate;

	PairService(RelationRepository relations, SectionSummaryRepository summaries,
			AccreditationRepository accreditations, VisitRepository visits, AgreementRepository agreements,
			TradeFigureRepository trade, CulturalCentreRepository culturalCentres, EventParticipationRepository events,
			SourceRepository sources, OnDateRepository onDate) {
		this.relations = relations;
		this.summaries = summaries;
		this.accreditations = accreditations;
		this.visits = visits;
		this.agreements = agreements;
		this.trade = trade;
		this.culturalCentres = culturalCentres;
		this.events = events;
		this.sources = sources;
		this.onDate = onDate;
	}

	/**
	 * One page of all relations, in the order of their countries' names, or empty when
	 * there is no such page (page 1 always exists).
	 * @param page the page number, from 1
	 */
	public Optional<Page<Relation>> findRelations(int page) {
		Pageable pageable = PageRequest.of(page - 1, RELATIONS_PER_PAGE);
		List<Object[]> rows = this.relations.findPageWithCountries(pageable);
		long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue();
		List<Relation> content = rows.stream().map((row) -> (Relation) row[0]).toList();
		return pageOf(content, pageable, total);
	}

	/** The country-pair page, or empty when no pair has this slug in canonical order. */
	public Optional<RelationOverview> findOverview(String slug) {
		return this.relations.findBySlug(slug).map(this::overview);
	}

	/**
	 * One page of a section of a relation. Empty when no pair has this slug in canonical
	 * order, or the section has no such page (page 1 always exists).
	 * @param page the page number, from 1
	 */
	public Optional<SectionPage<?>> findSection(String slug, Section section, int page) {
		return this.relations.findBySlug(slug).flatMap((relation) -> section(relation, section, page));
	}

	/**
	 * The relation as its records say it stood on a day, or empty when no pair has this
	 * slug in canonical order.
	 */
	public Optional<RelationOnDate> findOnDate(String slug, java.time.LocalDate on) {
		return this.relations.findBySlug(slug).map((relation) -> onDate(relation, on));
	}

	/** The canonical slug of a pair named in the other order ("kazakhstan-argentina"). */
	public Optional<String> findCanonicalSlug(String reversedSlug) {
		return this.relations.findSlugByReversedSlug(reversedSlug);
	}

	private RelationOverview overview(Relation relation) {
		Long id = relation.getId();
		SectionSummary summary = this.summaries.summarize(id);
		List<Long> current = this.accreditations.findCurrentIds(id, PAIR_AMBASSADORS / 2);
		List<Accreditation> ambassadors = current.isEmpty() ? new ArrayList<>()
				: new ArrayList<>(this.accreditations.findAllById(current));
		ambassadors.sort(Comparator.comparing((Accreditation a) -> a.getSendingCountry().getName())
			.thenComparing((a) -> (a.getTenureStart() != null) ? a.getTenureStart().date() : null,
					Comparator.nullsFirst(Comparator.<java.time.LocalDate>reverseOrder())));
		List<Visit> visits = oldestFirst(this.visits.findLatestByRelation(id, PageRequest.of(0, PAIR_VISITS)));
		List<Agreement> agreements = new ArrayList<>(
				this.agreements.findLatestByRelation(id, Limit.of(PAIR_AGREEMENTS)));
		if (!agreements.isEmpty()) {
			this.agreements.loadSteps(agreements);
		}
		agreements.sort(Comparator.comparingInt(Agreement::getPosition)
			.thenComparing(Agreement::getSphere)
			.thenComparing(Agreement::getId));
		List<TradeFigure> trade = oldestFirst(this.trade.findLatestByRelation(id, PageRequest.of(0, PAIR_TRADE)));
		List<CulturalCentre> centres = oldestFirst(
				this.culturalCentres.findLatestByRelation(id, PageRequest.of(0, PAIR_CENTRES)));
		List<EventParticipation> events = oldestFirst(
				this.events.findLatestByRelation(id, PageRequest.of(0, PAIR_EVENTS)));
		return new RelationOverview(relation, new Preview<>(ambassadors, summary.getAmbassadors()),
				new Preview<>(visits, summary.getVisits()), new Preview<>(agreements, summary.getAgreements()),
				new Preview<>(trade, summary.getTrade()), new Preview<>(centres, summary.getCulturalCentres()),
				new Preview<>(events, summary.getEvents()), visitsDuring(events),
				citedSources(Stream
					.of(Stream.of(relation.getSource()), ambassadors.stream().map(Accreditation::getSource),
							visits.stream().map(Visit::getSource), agreements.stream().map(Agreement::getSource),
							stepSources(agreements), trade.stream().map(TradeFigure::getSource),
							centres.stream().map(CulturalCentre::getSource),
							events.stream().map(EventParticipation::getSource))
					.flatMap(Function.identity())),
				lastUpdated(relation, summary));
	}

	private RelationOnDate onDate(Relation relation, java.time.LocalDate on) {
		Long id = relation.getId();
		List<Long> headIds = this.onDate.findHeadsOfMissionIds(id, on, PAIR_AMBASSADORS / 2);
		List<Accreditation> heads = headIds.isEmpty() ? List.of() : this.onDate.findHeadsOfMission(headIds);
		List<Agreement> agreements = this.onDate.findInForce(id, on, Limit.of(PAIR_AGREEMENTS));
		if (!agreements.isEmpty()) {
			this.agreements.loadSteps(agreements);
		}
		List<Visit> visits = oldestFirst(this.onDate.findVisitsBy(id, on, Limit.of(PAIR_VISITS)));
		long certainlyBy = this.onDate.countVisitsCertainlyBy(id, on);
		return new RelationOnDate(relation, on, RelationOnDate.HeadOfMission.on(heads, on),
				agreements.stream().flatMap((a) -> RelationOnDate.InForce.on(a, on).stream()).toList(),
				visits.stream().map((v) -> RelationOnDate.VisitBy.on(v, on)).toList(), certainlyBy,
				citedSources(Stream
					.of(Stream.of(relation.getSource()), heads.stream().map(Accreditation::getSource),
							agreements.stream().map(Agreement::getSource), visits.stream().map(Visit::getSource))
					.flatMap(Function.identity())));
	}

	private Optional<SectionPage<?>> section(Relation relation, Section section, int page) {
		Long id = relation.getId();
		SectionSummary summary = this.summaries.summarize(id);
		Pageable pageable = PageRequest.of(page - 1, section.pageSize());
		Instant updated = lastUpdated(relation, summary);
		return switch (section) {
			case VISITS -> {
				List<Visit> found = this.visits.findLatestByRelation(id, pageable);
				if (!found.isEmpty()) {
					this.visits.loadParticipants(found);
				}
				yield sectionPage(relation, section, found, oldestFirst(found), pageable, summary.getVisits(), Map.of(),
						Visit::getSource, updated);
			}
			case AMBASSADORS -> {
				List<Accreditation> found = this.accreditations.findPageByRelation(id, pageable);
				yield sectionPage(relation, section, found, found, pageable, summary.getAmbassadors(), Map.of(),
						Accreditation::getSource, updated);
			}
			case AGREEMENTS -> {
				List<Agreement> found = this.agreements.findPageByRelation(id, pageable);
				if (!found.isEmpty()) {
					this.agreements.loadSteps(found);
				}
				yield pageOf(found, pageable, summary.getAgreements())
					.map((records) -> new SectionPage<>(relation, section, records, found, Map.of(),
							citedSources(Stream.concat(found.stream().map(Agreement::getSource), stepSources(found))),
							updated));
			}
			case TRADE -> {
				List<TradeFigure> found = this.trade.findLatestByRelation(id, pageable);
				yield sectionPage(relation, section, found, oldestFirst(found), pageable, summary.getTrade(), Map.of(),
						TradeFigure::getSource, updated);
			}
			case CULTURAL_CENTRES -> {
				List<CulturalCentre> found = this.culturalCentres.findLatestByRelation(id, pageable);
				yield sectionPage(relation, section, found, oldestFirst(found), pageable, summary.getCulturalCentres(),
						Map.of(), CulturalCentre::getSource, updated);
			}
			case EVENTS -> {
				List<EventParticipation> found = this.events.findLatestByRelation(id, pageable);
				yield sectionPage(relation, section, found, oldestFirst(found), pageable, summary.getEvents(),
						visitsDuring(found), EventParticipation::getSource, updated);
			}
			case OVERVIEW -> throw new IllegalArgumentException("The overview is not a section page");
		};
	}

	private <T> Optional<SectionPage<?>> sectionPage(Relation relation, Section section, List<T> found, List<T> shown,
			Pageable pageable, long total, Map<Long, List<VisitDuringEvent>> visitsDuring, Function<T, Source> source,
			Instant updated) {
		return pageOf(found, pageable, total).map((page) -> new SectionPage<>(relation, section, page, shown,
				visitsDuring, citedSources(found.stream().map(source)), updated));
	}

	/** A page of records, unless it lies past the last page. */
	private static <T> Optional<Page<T>> pageOf(List<T> content, Pageable pageable, long total) {
		if (content.isEmpty() && pageable.getPageNumber() > 0) {
			return Optional.empty();
		}
		return Optional.of(new PageImpl<>(content, pageable, Math.max(total, content.size())));
	}

	/** The latest records, read latest first, shown in the order they happened. */
	private static <T> List<T> oldestFirst(List<T> latestFirst) {
		List<T> shown = new ArrayList<>(latestFirst);
		Collections.reverse(shown);
		return shown;
	}

	private Map<Long, List<VisitDuringEvent>> visitsDuring(List<EventParticipation> events) {
		if (events.isEmpty()) {
			return Map.of();
		}
		return this.visits
			.findLatestDuringEvents(events.stream().map(EventParticipation::getId).toList(), VISITS_PER_EVENT)
			.stream()
			.collect(Collectors.groupingBy(VisitDuringEvent::getEventId));
	}

	/** The sources the steps of these documents cite. */
	private static Stream<Source> stepSources(List<Agreement> agreements) {
		return agreements.stream().flatMap((agreement) -> agreement.getSteps().stream()).map(AgreementStep::getSource);
	}

	/** The sources the given records cite, read in one statement. */
	private List<Source> citedSources(Stream<Source> cited) {
		Set<Long> ids = cited.filter(Objects::nonNull).map(Source::getId).collect(Collectors.toSet());
		return ids.isEmpty() ? List.of() : this.sources.findByIdInOrderByTitle(ids);
	}

	private static Instant lastUpdated(Relation relation, SectionSummary summary) {
		return (summary.getLastUpdated() != null) ? summary.getLastUpdated() : relation.getUpdatedAt();
	}

}

package org.bilateral.pair;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bilateral.agreement.Agreement;
import org.bilateral.agreement.AgreementRepository;
import org.bilateral.ambassador.Accreditation;
import org.bilateral.ambassador.AccreditationRepository;
import org.bilateral.common.AuditedEntity;
import org.bilateral.relation.Relation;
import org.bilateral.relation.RelationRepository;
import org.bilateral.culture.CulturalCentre;
import org.bilateral.culture.CulturalCentreRepository;
import org.bilateral.event.EventParticipation;
import org.bilateral.event.EventParticipationRepository;
import org.bilateral.source.Source;
import org.bilateral.source.SourceRepository;
import org.bilateral.trade.TradeFigure;
import org.bilateral.trade.TradeFigureRepository;
import org.bilateral.visit.Visit;
import org.bilateral.visit.VisitRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads relations for the public pages.
 */
@Service
@Transactional(readOnly = true)
public class PairService {

	private final RelationRepository relations;

	private final AccreditationRepository accreditations;

	private final VisitRepository visits;

	private final AgreementRepository agreements;

	private final TradeFigureRepository trade;

	private final CulturalCentreRepository culturalCentres;

	private final EventParticipationRepository events;

	private final SourceRepository sources;

	PairService(RelationRepository relations, AccreditationRepository accreditations, VisitRepository visits,
			AgreementRepository agreements, TradeFigureRepository trade, CulturalCentreRepository culturalCentres,
			EventParticipationRepository events, SourceRepository sources) {
		this.relations = relations;
		this.accreditations = accreditations;
		this.visits = visits;
		this.agreements = agreements;
		this.trade = trade;
		this.culturalCentres = culturalCentres;
		this.events = events;
		this.sources = sources;
	}

	public List<Relation> findAll() {
		return this.relations.findAllWithCountries();
	}

	/** The whole relation, or empty when no pair has this slug in canonical order. */
	public Optional<RelationOverview> findOverview(String slug) {
		return this.relations.findBySlug(slug).map(this::overview);
	}

	/** The canonical slug of a pair named in the other order ("kazakhstan-argentina"). */
	public Optional<String> findCanonicalSlug(String reversedSlug) {
		return this.relations.findSlugByReversedSlug(reversedSlug);
	}

	private RelationOverview overview(Relation relation) {
		Long id = relation.getId();
		List<Accreditation> ambassadors = this.accreditations.findByRelation(id);
		List<Visit> visits = this.visits.findByRelation(id);
		List<Agreement> agreements = this.agreements.findByRelation(id);
		List<TradeFigure> trade = this.trade.findByRelation(id);
		List<CulturalCentre> centres = this.culturalCentres.findByRelation(id);
		List<EventParticipation> events = this.events.findByRelation(id);
		Set<Long> sourceIds = Stream
			.of(Stream.of(relation.getSource()), ambassadors.stream().map(Accreditation::getSource),
					visits.stream().map(Visit::getSource), agreements.stream().map(Agreement::getSource),
					trade.stream().map(TradeFigure::getSource), centres.stream().map(CulturalCentre::getSource),
					events.stream().map(EventParticipation::getSource))
			.flatMap((stream) -> stream)
			.filter(Objects::nonNull)
			.map(Source::getId)
			.collect(Collectors.toSet());
		List<Source> cited = sourceIds.isEmpty() ? List.of() : this.sources.findByIdInOrderByTitle(sourceIds);
		Instant lastUpdated = Stream
			.of(Stream.of(relation), ambassadors.stream(), visits.stream(), agreements.stream(), trade.stream(),
					centres.stream(), events.stream())
			.flatMap((stream) -> stream)
			.map(AuditedEntity::getUpdatedAt)
			.max(Comparator.naturalOrder())
			.orElse(relation.getUpdatedAt());
		return new RelationOverview(relation, ambassadors, visits, agreements, trade, centres, events, cited,
				lastUpdated);
	}

}

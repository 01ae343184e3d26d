package org.bilateral.pair;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bilateral.agreement.Agreement;
import org.bilateral.ambassador.Accreditation;
import org.bilateral.culture.CulturalCentre;
import org.bilateral.event.EventParticipation;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;
import org.bilateral.trade.TradeChart;
import org.bilateral.trade.TradeFigure;
import org.bilateral.visit.Visit;

/**
 * Everything the country-pair page and its section pages show, loaded in one service call
 * with a fixed number of queries.
 */
public record RelationOverview(Relation relation, List<Accreditation> ambassadors, List<Visit> visits,
		List<Agreement> agreements, List<TradeFigure> trade, List<CulturalCentre> culturalCentres,
		List<EventParticipation> events, List<Source> sources, Instant lastUpdated) {

	public TradeChart tradeChart() {
		return TradeChart.of(this.trade);
	}

	/** The legal framework grouped by sphere, in the editors' order. */
	public Map<String, List<Agreement>> agreementsBySphere() {
		Map<String, List<Agreement>> bySphere = new LinkedHashMap<>();
		this.agreements.forEach(
				(agreement) -> bySphere.computeIfAbsent(agreement.getSphere(), (sphere) -> new java.util.ArrayList<>())
					.add(agreement));
		return bySphere;
	}

	/** The visits that took place during an event. */
	public List<Visit> visitsDuring(EventParticipation event) {
		return this.visits.stream()
			.filter((visit) -> visit.getEvent() != null && visit.getEvent().getId().equals(event.getId()))
			.toList();
	}

}

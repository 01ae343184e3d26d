package org.bilateral.pair;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bilateral.agreement.Agreement;
import org.bilateral.ambassador.Accreditation;
import org.bilateral.ambassador.AccreditationTimeline;
import org.bilateral.culture.CulturalCentre;
import org.bilateral.event.EventParticipation;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;
import org.bilateral.trade.TradeChart;
import org.bilateral.trade.TradeMirror;
import org.bilateral.trade.TradeFigure;
import org.bilateral.visit.Visit;
import org.bilateral.visit.VisitRepository.VisitDuringEvent;

/**
 * What the country-pair page shows: each section's most relevant records and how many it
 * has in all, the sources of the records shown, loaded in one service call with a fixed
 * number of queries whatever the size of the relation.
 */
public record RelationOverview(Relation relation, Preview<Accreditation> ambassadors, Preview<Visit> visits,
		Preview<Agreement> agreements, Preview<TradeFigure> trade, Preview<CulturalCentre> culturalCentres,
		Preview<EventParticipation> events, Map<Long, List<VisitDuringEvent>> visitsDuringEvents, List<Source> sources,
		Instant lastUpdated) {

	/** The compact timeline of the heads of mission shown. */
	public AccreditationTimeline ambassadorTimeline() {
		return AccreditationTimeline.of(this.ambassadors.items());
	}

	/** The trade shown, each flow as both sides report it. */
	public TradeMirror tradeMirror() {
		return TradeMirror.of(this.trade.items());
	}

	public TradeChart tradeChart() {
		return TradeChart.of(this.trade.items());
	}

	/** The documents shown, grouped by sphere. */
	public Map<String, List<Agreement>> agreementsBySphere() {
		return Agreements.bySphere(this.agreements.items());
	}

}

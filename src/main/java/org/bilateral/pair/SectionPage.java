package org.bilateral.pair;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bilateral.agreement.Agreement;
import org.bilateral.ambassador.Accreditation;
import org.bilateral.ambassador.AccreditationTimeline;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;
import org.bilateral.trade.TradeChart;
import org.bilateral.trade.TradeMirror;
import org.bilateral.trade.TradeFigure;
import org.bilateral.visit.VisitRepository.VisitDuringEvent;

import org.springframework.data.domain.Page;

/**
 * One page of one section of a relation: its records, the sources they cite and where the
 * page stands among the section's pages.
 */
public record SectionPage<T>(Relation relation, Section section, Page<T> records, List<T> items,
		Map<Long, List<VisitDuringEvent>> visitsDuringEvents, List<Source> sources, Instant lastUpdated) {

	/** The timeline of the heads of mission on this page, one lane per sending side. */
	@SuppressWarnings("unchecked")
	public AccreditationTimeline ambassadorTimeline() {
		return AccreditationTimeline.of((List<Accreditation>) this.items);
	}

	/** The chart of the trade figures on this page. */
	@SuppressWarnings("unchecked")
	public TradeChart tradeChart() {
		return TradeChart.of((List<TradeFigure>) this.items);
	}

	/** The trade figures on this page, each flow as both sides report it. */
	@SuppressWarnings("unchecked")
	public TradeMirror tradeMirror() {
		return TradeMirror.of((List<TradeFigure>) this.items);
	}

	/** The documents on this page, grouped by sphere. */
	@SuppressWarnings("unchecked")
	public Map<String, List<Agreement>> agreementsBySphere() {
		return Agreements.bySphere((List<Agreement>) this.items);
	}

	public Pagination pagination() {
		return Pagination.of(this.records, "/relations/" + this.relation.getSlug() + this.section.suffix());
	}

}

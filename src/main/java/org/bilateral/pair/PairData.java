package org.bilateral.pair;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bilateral.common.text.Texts;
import org.bilateral.ambassador.AccreditationData;
import org.bilateral.agreement.AgreementData;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.culture.CulturalCentreData;
import org.bilateral.event.EventParticipation;
import org.bilateral.event.EventParticipationData;
import org.bilateral.relation.RelationData;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;
import org.bilateral.trade.TradeFigureData;
import org.bilateral.visit.VisitData;
import org.bilateral.visit.VisitRepository.VisitDuringEvent;

/**
 * The JSON twins of the relation pages: the list of relations, the country-pair page and
 * one page of a section, with the same records as the HTML pages and absolute links.
 */
final class PairData {

	private PairData() {
	}

	/** One page of the list of relations. */
	record Relations(int page, int pages, String previous, String next, List<RelationData> relations) {

	}

	/**
	 * The country-pair page: the records it shows of each section, and each section's
	 * size.
	 */
	record Pair(RelationData relation, Part<AccreditationData> ambassadors, Part<VisitData> visits,
			Part<AgreementData> agreements, Part<TradeFigureData> trade, Part<CulturalCentreData> culturalCentres,
			Part<EventParticipationData> events, List<SourceData> sources, Instant lastChanged) {

	}

	/**
	 * What the pair page shows of a section, how many records it has and where they all
	 * are.
	 */
	record Part<T>(long total, String url, List<T> items) {

	}

	/** One page of a section. */
	record SectionPageData(RelationData relation, String section, String url, int page, int pages, long total,
			String previous, String next, List<?> records, List<SourceData> sources, Instant lastChanged) {

	}

	static Pair pair(RelationOverview overview, PublicAddress address, Texts texts) {
		Function<Source, SourceData> sources = SourceData.from(overview.sources());
		String base = "/relations/" + overview.relation().getSlug();
		return new Pair(RelationData.of(overview.relation(), address, sources, texts),
				new Part<>(overview.ambassadors().total(), address.link(base + "/ambassadors.json"),
						overview.ambassadors()
							.items()
							.stream()
							.map((a) -> AccreditationData.of(a, address, sources, texts))
							.toList()),
				new Part<>(overview.visits().total(), address.link(base + "/visits.json"),
						overview.visits()
							.items()
							.stream()
							.map((v) -> VisitData.summary(v, address, sources, texts))
							.toList()),
				new Part<>(overview.agreements().total(), address.link(base + "/agreements.json"),
						overview.agreements()
							.items()
							.stream()
							.map((a) -> AgreementData.of(a, address, sources, texts))
							.toList()),
				new Part<>(overview.trade().total(), address.link(base + "/trade.json"),
						overview.trade()
							.items()
							.stream()
							.map((t) -> TradeFigureData.of(t, overview.tradeMirror(), sources))
							.toList()),
				new Part<>(overview.culturalCentres().total(), address.link(base + "/cultural-centres.json"),
						overview.culturalCentres()
							.items()
							.stream()
							.map((c) -> CulturalCentreData.of(c, sources, texts))
							.toList()),
				new Part<>(overview.events().total(), address.link(base + "/events.json"),
						events(overview.events().items(), overview.visitsDuringEvents(), address, sources, texts)),
				overview.sources().stream().map(SourceData::of).toList(), overview.lastUpdated());
	}

	@SuppressWarnings("unchecked")
	static SectionPageData section(SectionPage<?> page, PublicAddress address, Texts texts) {
		Function<Source, SourceData> sources = SourceData.from(page.sources());
		Pagination pagination = page.pagination();
		List<?> records = switch (page.section()) {
			case VISITS -> ((List<org.bilateral.visit.Visit>) page.items()).stream()
				.map((v) -> VisitData.of(v, address, sources, texts))
				.toList();
			case AMBASSADORS -> ((List<org.bilateral.ambassador.Accreditation>) page.items()).stream()
				.map((a) -> AccreditationData.of(a, address, sources, texts))
				.toList();
			case AGREEMENTS -> ((List<org.bilateral.agreement.Agreement>) page.items()).stream()
				.map((a) -> AgreementData.of(a, address, sources, texts))
				.toList();
			case TRADE -> ((List<org.bilateral.trade.TradeFigure>) page.items()).stream()
				.map((t) -> TradeFigureData.of(t, page.tradeMirror(), sources))
				.toList();
			case CULTURAL_CENTRES -> ((List<org.bilateral.culture.CulturalCentre>) page.items()).stream()
				.map((c) -> CulturalCentreData.of(c, sources, texts))
				.toList();
			case EVENTS ->
				events((List<EventParticipation>) page.items(), page.visitsDuringEvents(), address, sources, texts);
			case OVERVIEW -> throw new IllegalArgumentException("The overview is not a section page");
		};
		return new SectionPageData(RelationData.of(page.relation(), address, sources, texts), page.section().dataName(),
				address.link(json(pagination.href(pagination.current()))), pagination.current(), pagination.last(),
				page.records().getTotalElements(), link(address, pagination.previous()),
				link(address, pagination.next()), records, page.sources().stream().map(SourceData::of).toList(),
				page.lastUpdated());
	}

	/** The JSON twin's address of a page address, before its query. */
	static String json(String href) {
		return withSuffix(href, ".json");
	}

	static String withSuffix(String href, String suffix) {
		int query = href.indexOf('?');
		if (query < 0) {
			return ("/".equals(href) ? "/index" : href) + suffix;
		}
		String path = href.substring(0, query);
		return ("/".equals(path) ? "/index" : path) + suffix + href.substring(query);
	}

	static String link(PublicAddress address, String href) {
		return (href != null) ? address.link(json(href)) : null;
	}

	private static List<EventParticipationData> events(List<EventParticipation> events,
			Map<Long, List<VisitDuringEvent>> during, PublicAddress address, Function<Source, SourceData> sources,
			Texts texts) {
		return events.stream()
			.map((e) -> EventParticipationData.of(e,
					during.getOrDefault(e.getId(), List.of())
						.stream()
						.map((v) -> new EventParticipationData.VisitLink(v.getTitle(), address.link(v.getPath())))
						.toList(),
					sources, texts))
			.toList();
	}

}

package org.bilateral.pair;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.bilateral.agreement.AgreementData;
import org.bilateral.ambassador.AccreditationData;
import org.bilateral.common.web.DataDate;
import org.bilateral.common.web.OpenData;
import org.bilateral.country.CountryData;
import org.bilateral.source.SourceData;
import org.bilateral.trade.TradeFigureData;
import org.bilateral.visit.VisitData;

import org.springframework.http.ResponseEntity;

/**
 * The tabular sections as CSV: one row per record of the page, the same fields as the
 * JSON twin, nested ones flattened, each date beside its precision.
 */
final class SectionRows {

	private SectionRows() {
	}

	record VisitRow(long id, String url, String title, String kind, String starts, String startsPrecision, String ends,
			String endsPrecision, String venue, String city, String hostCountry, boolean hostCountryInferred,
			String occasion, String event, String participants, String description, String source, String sourceUrl) {

	}

	record AccreditationRow(String person, String personUrl, String title, String sendingCountry,
			String receivingCountry, String residenceCity, String residenceCountry, boolean residenceCountryInferred,
			boolean concurrent, String from, String fromPrecision, String to, String toPrecision, String statedOn,
			String lastVerifiedOn, String source, String sourceUrl) {

	}

	record AgreementRow(long id, String url, String title, String sphere, String type, String signedOn,
			String signedPrecision, String signedAt, String stage, String stageCountry, String stageOn,
			String stagePrecision, String stageStatedOn, String steps, String signedDuring, String source,
			String sourceUrl) {

	}

	record TradeRow(int year, String reportingCountry, String partnerCountry, BigDecimal exports, BigDecimal imports,
			BigDecimal turnover, BigDecimal balance, String unit, boolean partnerReported,
			BigDecimal exportsAsPartnerReports, BigDecimal exportsDifference, BigDecimal importsAsPartnerReports,
			BigDecimal importsDifference, String source, String sourceUrl) {

	}

	@SuppressWarnings("unchecked")
	static ResponseEntity<byte[]> csv(Section section, List<?> records, String filename) {
		return switch (section) {
			case VISITS -> OpenData.csv(VisitRow.class,
					((List<VisitData>) records).stream().map(SectionRows::visit).toList(), filename);
			case AMBASSADORS -> OpenData.csv(AccreditationRow.class,
					((List<AccreditationData>) records).stream().map(SectionRows::accreditation).toList(), filename);
			case AGREEMENTS -> OpenData.csv(AgreementRow.class,
					((List<AgreementData>) records).stream().map(SectionRows::agreement).toList(), filename);
			case TRADE -> OpenData.csv(TradeRow.class,
					((List<TradeFigureData>) records).stream().map(SectionRows::trade).toList(), filename);
			default -> throw new IllegalArgumentException(section + " is not a table");
		};
	}

	private static VisitRow visit(VisitData v) {
		return new VisitRow(v.id(), v.url(), v.title(), v.kind(), value(v.starts()), precision(v.starts()),
				value(v.ends()), precision(v.ends()), v.venue(), v.city(), name(v.hostCountry()),
				v.hostCountryInferred(), v.occasion(), v.event(),
				(v.participants() != null) ? v.participants()
					.stream()
					.map((p) -> p.person().name() + ", " + p.office())
					.collect(Collectors.joining("; ")) : null,
				v.description(), title(v.source()), url(v.source()));
	}

	private static AccreditationRow accreditation(AccreditationData a) {
		return new AccreditationRow(a.person().name(), a.person().url(), a.title(), name(a.sendingCountry()),
				name(a.receivingCountry()), a.residenceCity(), name(a.residenceCountry()), a.residenceCountryInferred(),
				a.concurrent(), value(a.from()), precision(a.from()), value(a.to()), precision(a.to()),
				value(a.statedOn()), value(a.lastVerifiedOn()), title(a.source()), url(a.source()));
	}

	private static AgreementRow agreement(AgreementData a) {
		AgreementData.StepData stage = a.stage();
		return new AgreementRow(a.id(), a.url(), a.title(), a.sphere(), a.type(), value(a.signedOn()),
				precision(a.signedOn()), a.signedAt(), (stage != null) ? stage.stage() : null,
				(stage != null) ? name(stage.country()) : null, (stage != null) ? value(stage.date()) : null,
				(stage != null) ? precision(stage.date()) : null, (stage != null) ? value(stage.statedOn()) : null,
				a.steps()
					.stream()
					.map((step) -> step.stage() + ((step.country() != null) ? " " + step.country().code() : "")
							+ ((step.date() != null) ? " " + step.date().value() : ""))
					.collect(Collectors.joining("; ")),
				(a.signedDuring() != null) ? a.signedDuring().url() : null, title(a.source()), url(a.source()));
	}

	private static TradeRow trade(TradeFigureData t) {
		return new TradeRow(t.year(), name(t.reportingCountry()), name(t.partnerCountry()), t.exports(), t.imports(),
				t.turnover(), t.balance(), t.unit(), t.mirror().partnerReported(), t.mirror().exportsAsPartnerReports(),
				t.mirror().exportsDifference(), t.mirror().importsAsPartnerReports(), t.mirror().importsDifference(),
				title(t.source()), url(t.source()));
	}

	private static String value(DataDate date) {
		return (date != null) ? date.value() : null;
	}

	private static String precision(DataDate date) {
		return (date != null) ? date.precision() : null;
	}

	private static String name(CountryData country) {
		return (country != null) ? country.name() : null;
	}

	private static String title(SourceData source) {
		return (source != null) ? source.title() : null;
	}

	private static String url(SourceData source) {
		return (source != null) ? source.url() : null;
	}

}

package org.bilateral.trade;

import java.util.List;

import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.common.admin.Reference;
import org.bilateral.relation.RelationAdmin;
import org.bilateral.source.SourceAdmin;
import org.bilateral.relation.RelationRepository;
import org.bilateral.country.CountryRepository;
import org.bilateral.source.SourceRepository;

import org.bilateral.relation.Relation;
import org.bilateral.trade.TradeFigure;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing trade figures. A figure is one country's report of its trade with the other in
 * one year, so the two countries must be the relation's, and each country reports a year
 * once.
 */
@Service
@Order(5)
public class TradeFigureAdmin extends EntityAdmin<TradeFigure, TradeFigureForm> {

	public static final String TYPE = "trade-figures";

	private static final RecordFields<TradeFigureForm> FIELDS = RecordFields.of(TradeFigureForm.class)
		.reference("relationId", RelationAdmin.TYPE, TradeFigureForm::getRelationId)
		.text("year", TradeFigureForm::getYear)
		.reference("reportingCountryCode", "countries", TradeFigureForm::getReportingCountryCode)
		.reference("partnerCountryCode", "countries", TradeFigureForm::getPartnerCountryCode)
		.text("exports", TradeFigureForm::getExports)
		.text("imports", TradeFigureForm::getImports)
		.text("turnover", TradeFigureForm::getTurnover)
		.reference("sourceId", SourceAdmin.TYPE, TradeFigureForm::getSourceId)
		.build();

	private final TradeFigureRepository figures;

	private final RelationRepository relations;

	private final CountryRepository countries;

	private final SourceRepository sources;

	TradeFigureAdmin(TradeFigureRepository figures, RelationRepository relations, CountryRepository countries,
			SourceRepository sources) {
		super(TYPE, figures, FIELDS);
		this.figures = figures;
		this.relations = relations;
		this.countries = countries;
		this.sources = sources;
	}

	@Override
	public List<String> choosesFrom() {
		return List.of("relations", "countries", "sources");
	}

	@Override
	public List<Reference> references() {
		return List.of(Reference.byId(RelationAdmin.TYPE, "dependants.tradeFigures", this.figures::countByRelationId),
				Reference.byId(SourceAdmin.TYPE, SourceAdmin.CITING, this.figures::countBySourceId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.figures.findAllByPair(), (figure) -> figure.getRelation().getSlug());
	}

	@Override
	public TradeFigureForm newForm() {
		return new TradeFigureForm();
	}

	@Override
	protected TradeFigureForm toForm(TradeFigure figure) {
		return TradeFigureForm.from(figure);
	}

	@Override
	protected TradeFigure newEntity() {
		return new TradeFigure();
	}

	@Override
	protected String label(TradeFigure figure) {
		return message("admin.trade-figures.label", String.valueOf(figure.getYear()),
				figure.getReportingCountry().getName());
	}

	@Override
	protected void validate(TradeFigureForm form, Long id, Errors errors) {
		checkExists(form.getRelationId(), this.relations::existsById, true, "relationId", errors);
		checkExists(form.getReportingCountryCode(), this.countries::existsById, true, "reportingCountryCode", errors);
		checkExists(form.getPartnerCountryCode(), this.countries::existsById, true, "partnerCountryCode", errors);
		checkExists(form.getSourceId(), this.sources::existsById, false, "sourceId", errors);
		if (errors.hasFieldErrors("relationId")) {
			return;
		}
		Relation relation = chosen(form.getRelationId(), this.relations::findById);
		List<String> pair = List.of(relation.getFirstCountry().getCode(), relation.getSecondCountry().getCode());
		checkInRelation(form.getReportingCountryCode(), pair, "reportingCountryCode", errors);
		checkInRelation(form.getPartnerCountryCode(), pair, "partnerCountryCode", errors);
		if (form.getReportingCountryCode() != null
				&& form.getReportingCountryCode().equals(form.getPartnerCountryCode())
				&& !errors.hasFieldErrors("partnerCountryCode")) {
			errors.rejectValue("partnerCountryCode", "tradeFigure.sameCountries");
		}
		if (form.getYear() != null && form.getReportingCountryCode() != null && !errors.hasFieldErrors("year")
				&& !errors.hasFieldErrors("reportingCountryCode") && isReported(form, id)) {
			errors.rejectValue("year", "tradeFigure.duplicateYear");
		}
	}

	private static void checkInRelation(String code, List<String> pair, String field, Errors errors) {
		if (code != null && !errors.hasFieldErrors(field) && !pair.contains(code)) {
			errors.rejectValue(field, "tradeFigure.countryOutsideRelation");
		}
	}

	/** Whether another figure has the form's relation, year and reporting country. */
	private boolean isReported(TradeFigureForm form, Long id) {
		return this.figures.existsByRelationIdAndYearAndReportingCountryCodeAndIdNot(form.getRelationId(),
				form.getYear(), form.getReportingCountryCode(), (id != null) ? id : -1L);
	}

	@Override
	protected void apply(TradeFigureForm form, TradeFigure figure) {
		figure.setRelation(chosen(form.getRelationId(), this.relations::findById));
		figure.setYear(form.getYear());
		figure.setReportingCountry(chosen(form.getReportingCountryCode(), this.countries::findById));
		figure.setPartnerCountry(chosen(form.getPartnerCountryCode(), this.countries::findById));
		figure.setExports(form.getExports());
		figure.setImports(form.getImports());
		figure.setTurnover(form.getTurnover());
		figure.setSource(chosen(form.getSourceId(), this.sources::findById));
	}

}

package org.bilateral.trade.web;

import java.util.List;

import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.country.Country;
import org.bilateral.history.RevisionHistory;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;
import org.bilateral.trade.TradeFigure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing trade figures. A figure is one country's report of its trade with the other in
 * one year, so the two countries must be the relation's, and each country reports a year
 * once.
 */
@Service
class TradeFigureAdmin extends EntityAdmin<TradeFigure, TradeFigureForm> {

	TradeFigureAdmin(RevisionHistory history) {
		super(TradeFigure.class, "trade-figures", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return this.entityManager.createQuery("""
				select t from TradeFigure t join fetch t.relation r join fetch t.reportingCountry c
				order by r.slug, t.year desc, c.name""", TradeFigure.class)
			.getResultList()
			.stream()
			.map((figure) -> new RecordRow(figure.getId(), label(figure), figure.getRelation().getSlug(),
					figure.getUpdatedAt(), figure.getUpdatedBy()))
			.toList();
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
	public void check(TradeFigureForm form, Long id, Errors errors) {
		checkExists(Relation.class, form.getRelationId(), true, "relationId", errors);
		checkExists(Country.class, form.getReportingCountryCode(), true, "reportingCountryCode", errors);
		checkExists(Country.class, form.getPartnerCountryCode(), true, "partnerCountryCode", errors);
		checkExists(Source.class, form.getSourceId(), false, "sourceId", errors);
		if (errors.hasFieldErrors("relationId")) {
			return;
		}
		Relation relation = reference(Relation.class, form.getRelationId());
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
		return this.entityManager.createQuery("""
				select count(t) from TradeFigure t
				where t.relation.id = :relation and t.year = :year and t.reportingCountry.code = :reporter
				and t.id <> :id""", Long.class)
			.setParameter("relation", form.getRelationId())
			.setParameter("year", form.getYear())
			.setParameter("reporter", form.getReportingCountryCode())
			.setParameter("id", (id != null) ? id : -1L)
			.getSingleResult() > 0;
	}

	@Override
	protected void apply(TradeFigureForm form, TradeFigure figure) {
		figure.setRelation(reference(Relation.class, form.getRelationId()));
		figure.setYear(form.getYear());
		figure.setReportingCountry(reference(Country.class, form.getReportingCountryCode()));
		figure.setPartnerCountry(reference(Country.class, form.getPartnerCountryCode()));
		figure.setExports(form.getExports());
		figure.setImports(form.getImports());
		figure.setTurnover(form.getTurnover());
		figure.setSource(reference(Source.class, form.getSourceId()));
	}

	@Override
	public List<String> dependants(long id) {
		return List.of();
	}

}

package org.bilateral.culture.web;

import java.util.List;

import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.country.Country;
import org.bilateral.culture.CulturalCentre;
import org.bilateral.history.RevisionHistory;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing cultural centres.
 */
@Service
class CulturalCentreAdmin extends EntityAdmin<CulturalCentre, CulturalCentreForm> {

	CulturalCentreAdmin(RevisionHistory history) {
		super(CulturalCentre.class, "cultural-centres", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return this.entityManager.createQuery("""
				select c from CulturalCentre c join fetch c.relation r
				order by r.slug, c.name, c.id""", CulturalCentre.class)
			.getResultList()
			.stream()
			.map((centre) -> new RecordRow(centre.getId(), centre.getName(),
					centre.getCity() + " \u00b7 " + centre.getRelation().getSlug(), centre.getUpdatedAt(),
					centre.getUpdatedBy()))
			.toList();
	}

	@Override
	public CulturalCentreForm newForm() {
		return new CulturalCentreForm();
	}

	@Override
	protected CulturalCentreForm toForm(CulturalCentre centre) {
		return CulturalCentreForm.from(centre);
	}

	@Override
	protected CulturalCentre newEntity() {
		return new CulturalCentre();
	}

	@Override
	protected String label(CulturalCentre centre) {
		return centre.getName();
	}

	@Override
	public void check(CulturalCentreForm form, Long id, Errors errors) {
		checkExists(Relation.class, form.getRelationId(), true, "relationId", errors);
		checkExists(Country.class, form.getCountryCode(), true, "countryCode", errors);
		checkExists(Source.class, form.getSourceId(), false, "sourceId", errors);
		checkDate(form.getOpenedOn(), false, "openedOn", errors);
	}

	@Override
	protected void apply(CulturalCentreForm form, CulturalCentre centre) {
		centre.setRelation(reference(Relation.class, form.getRelationId()));
		centre.setName(form.getName());
		centre.setCity(form.getCity());
		centre.setRegion(form.getRegion());
		centre.setCountry(reference(Country.class, form.getCountryCode()));
		centre.setOpenedOn(form.getOpenedOn().toPartialDate());
		centre.setSupportingMission(form.getSupportingMission());
		centre.setNotes(form.getNotes());
		centre.setSource(reference(Source.class, form.getSourceId()));
	}

	@Override
	public List<String> dependants(long id) {
		return List.of();
	}

}

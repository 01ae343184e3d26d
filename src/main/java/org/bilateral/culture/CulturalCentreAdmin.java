package org.bilateral.culture;

import java.util.List;

import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.common.admin.Reference;
import org.bilateral.relation.RelationAdmin;
import org.bilateral.source.SourceAdmin;
import org.bilateral.relation.RelationRepository;
import org.bilateral.country.CountryRepository;
import org.bilateral.source.SourceRepository;

import org.bilateral.culture.CulturalCentre;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing cultural centres.
 */
@Service
@Order(6)
public class CulturalCentreAdmin extends EntityAdmin<CulturalCentre, CulturalCentreForm> {

	public static final String TYPE = "cultural-centres";

	private static final RecordFields<CulturalCentreForm> FIELDS = RecordFields.of(CulturalCentreForm.class)
		.reference("relationId", RelationAdmin.TYPE, CulturalCentreForm::getRelationId)
		.text("name", CulturalCentreForm::getName)
		.text("city", CulturalCentreForm::getCity)
		.text("region", CulturalCentreForm::getRegion)
		.reference("countryCode", "countries", CulturalCentreForm::getCountryCode)
		.text("openedOn", CulturalCentreForm::getOpenedOn)
		.text("supportingMission", CulturalCentreForm::getSupportingMission)
		.text("notes", CulturalCentreForm::getNotes)
		.text("statedOn", CulturalCentreForm::getStatedOn)
		.reference("sourceId", SourceAdmin.TYPE, CulturalCentreForm::getSourceId)
		.build();

	private final CulturalCentreRepository centres;

	private final RelationRepository relations;

	private final CountryRepository countries;

	private final SourceRepository sources;

	CulturalCentreAdmin(CulturalCentreRepository centres, RelationRepository relations, CountryRepository countries,
			SourceRepository sources) {
		super(TYPE, centres, FIELDS);
		translatable(TextFields.of(CulturalCentre.class)
			.line("name", CulturalCentre::getName, 300)
			.line("region", CulturalCentre::getRegion, 200)
			.line("supportingMission", CulturalCentre::getSupportingMission, 300)
			.paragraph("notes", CulturalCentre::getNotes, 10000)
			.build());
		this.centres = centres;
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
		return List.of(
				Reference.byId(RelationAdmin.TYPE, "dependants.culturalCentres", this.centres::countByRelationId),
				Reference.byId(SourceAdmin.TYPE, SourceAdmin.CITING, this.centres::countBySourceId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.centres.findAllByPair(),
				(centre) -> centre.getCity() + " \u00b7 " + centre.getRelation().getSlug());
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
	protected void validate(CulturalCentreForm form, Long id, Errors errors) {
		checkExists(form.getRelationId(), this.relations::existsById, true, "relationId", errors);
		checkExists(form.getCountryCode(), this.countries::existsById, true, "countryCode", errors);
		checkExists(form.getSourceId(), this.sources::existsById, false, "sourceId", errors);
		checkDate(form.getOpenedOn(), false, "openedOn", errors);
	}

	@Override
	protected void apply(CulturalCentreForm form, CulturalCentre centre) {
		centre.setRelation(chosen(form.getRelationId(), this.relations::findById));
		centre.setName(form.getName());
		centre.setCity(form.getCity());
		centre.setRegion(form.getRegion());
		centre.setCountry(chosen(form.getCountryCode(), this.countries::findById));
		centre.setOpenedOn(form.getOpenedOn().toPartialDate());
		centre.setSupportingMission(form.getSupportingMission());
		centre.setNotes(form.getNotes());
		centre.setStatedOn(form.getStatedOn());
		centre.setSource(chosen(form.getSourceId(), this.sources::findById));
	}

}

package org.bilateral.ambassador;

import java.util.List;
import java.util.Set;

import org.bilateral.ambassador.Accreditation;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.common.admin.Reference;
import org.bilateral.relation.RelationAdmin;
import org.bilateral.source.SourceAdmin;
import org.bilateral.person.PersonAdmin;
import org.bilateral.relation.RelationRepository;
import org.bilateral.person.PersonRepository;
import org.bilateral.country.CountryRepository;
import org.bilateral.source.SourceRepository;

import org.bilateral.relation.Relation;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing heads of mission. The sending and receiving countries must be the pair's two
 * countries; residing in a third country makes the accreditation concurrent.
 */
@Service
@Order(3)
public class AccreditationAdmin extends EntityAdmin<Accreditation, AccreditationForm> {

	public static final String TYPE = "ambassadors";

	private static final RecordFields<AccreditationForm> FIELDS = RecordFields.of(AccreditationForm.class)
		.reference("relationId", RelationAdmin.TYPE, AccreditationForm::getRelationId)
		.reference("personId", PersonAdmin.TYPE, AccreditationForm::getPersonId)
		.reference("sendingCountryCode", "countries", AccreditationForm::getSendingCountryCode)
		.reference("receivingCountryCode", "countries", AccreditationForm::getReceivingCountryCode)
		.text("title", AccreditationForm::getTitle)
		.text("residenceCity", AccreditationForm::getResidenceCity)
		.reference("residenceCountryCode", "countries", AccreditationForm::getResidenceCountryCode)
		.text("residenceCountryInferred", AccreditationForm::isResidenceCountryInferred)
		.text("tenureStart", AccreditationForm::getTenureStart)
		.text("tenureEnd", AccreditationForm::getTenureEnd)
		.text("asOf", AccreditationForm::getAsOf)
		.reference("sourceId", SourceAdmin.TYPE, AccreditationForm::getSourceId)
		.build();

	private final AccreditationRepository accreditations;

	private final RelationRepository relations;

	private final PersonRepository people;

	private final CountryRepository countries;

	private final SourceRepository sources;

	AccreditationAdmin(AccreditationRepository accreditations, RelationRepository relations, PersonRepository people,
			CountryRepository countries, SourceRepository sources) {
		super(TYPE, accreditations, FIELDS);
		translatable(TextFields.of(Accreditation.class).line("title", Accreditation::getTitle, 200).build());
		this.accreditations = accreditations;
		this.relations = relations;
		this.people = people;
		this.countries = countries;
		this.sources = sources;
	}

	@Override
	public List<String> choosesFrom() {
		return List.of("relations", "people", "countries", "sources");
	}

	@Override
	public List<Reference> references() {
		return List.of(
				Reference.byId(RelationAdmin.TYPE, "dependants.accreditations", this.accreditations::countByRelationId),
				Reference.byId(PersonAdmin.TYPE, "dependants.accreditations", this.accreditations::countByPersonId),
				Reference.byId(SourceAdmin.TYPE, SourceAdmin.CITING, this.accreditations::countBySourceId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.accreditations.findAllBySendingCountry(), (accreditation) -> message("ambassador.direction",
				accreditation.getSendingCountry().getName(), accreditation.getReceivingCountry().getName()));
	}

	@Override
	public AccreditationForm newForm() {
		return new AccreditationForm();
	}

	@Override
	protected AccreditationForm toForm(Accreditation accreditation) {
		return AccreditationForm.from(accreditation);
	}

	@Override
	protected Accreditation newEntity() {
		return new Accreditation();
	}

	@Override
	protected String label(Accreditation accreditation) {
		return accreditation.getPerson().getName() + ", " + accreditation.getTitle();
	}

	@Override
	protected void validate(AccreditationForm form, Long id, Errors errors) {
		checkExists(form.getRelationId(), this.relations::existsById, false, "relationId", errors);
		checkExists(form.getPersonId(), this.people::existsById, false, "personId", errors);
		checkExists(form.getSendingCountryCode(), this.countries::existsById, false, "sendingCountryCode", errors);
		checkExists(form.getReceivingCountryCode(), this.countries::existsById, false, "receivingCountryCode", errors);
		checkExists(form.getResidenceCountryCode(), this.countries::existsById, false, "residenceCountryCode", errors);
		checkExists(form.getSourceId(), this.sources::existsById, false, "sourceId", errors);
		if (form.isResidenceCountryInferred() && form.getResidenceCountryCode() == null) {
			errors.rejectValue("residenceCountryInferred", "inferred.nothing");
		}
		checkDate(form.getTenureStart(), false, "tenureStart", errors);
		checkDate(form.getTenureEnd(), false, "tenureEnd", errors);
		checkRange(form.getTenureStart(), form.getTenureEnd(), "tenureEnd", errors);
		if (errors.hasFieldErrors("relationId") || errors.hasFieldErrors("sendingCountryCode")
				|| errors.hasFieldErrors("receivingCountryCode")) {
			return;
		}
		Relation relation = chosen(form.getRelationId(), this.relations::findById);
		Set<String> pair = Set.of(relation.getFirstCountry().getCode(), relation.getSecondCountry().getCode());
		if (!pair.contains(form.getSendingCountryCode())) {
			errors.rejectValue("sendingCountryCode", "ambassador.notOfThePair");
		}
		if (!pair.contains(form.getReceivingCountryCode())) {
			errors.rejectValue("receivingCountryCode", "ambassador.notOfThePair");
		}
		else if (form.getReceivingCountryCode().equals(form.getSendingCountryCode())) {
			errors.rejectValue("receivingCountryCode", "ambassador.sameCountry");
		}
	}

	@Override
	protected void apply(AccreditationForm form, Accreditation accreditation) {
		accreditation.setRelation(chosen(form.getRelationId(), this.relations::findById));
		accreditation.setPerson(chosen(form.getPersonId(), this.people::findById));
		accreditation.setSendingCountry(chosen(form.getSendingCountryCode(), this.countries::findById));
		accreditation.setReceivingCountry(chosen(form.getReceivingCountryCode(), this.countries::findById));
		accreditation.setTitle(form.getTitle());
		accreditation.setResidenceCity(form.getResidenceCity());
		accreditation.setResidenceCountry(chosen(form.getResidenceCountryCode(), this.countries::findById));
		accreditation
			.setResidenceCountryInferred(form.getResidenceCountryCode() != null && form.isResidenceCountryInferred());
		accreditation.setTenureStart(form.getTenureStart().toPartialDate());
		accreditation.setTenureEnd(form.getTenureEnd().toPartialDate());
		accreditation.setAsOf(form.getAsOf());
		accreditation.setSource(chosen(form.getSourceId(), this.sources::findById));
	}

}

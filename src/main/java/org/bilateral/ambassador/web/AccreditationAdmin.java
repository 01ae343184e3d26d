package org.bilateral.ambassador.web;

import java.util.List;
import java.util.Set;

import org.bilateral.ambassador.Accreditation;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.country.Country;
import org.bilateral.history.RevisionHistory;
import org.bilateral.person.Person;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing heads of mission. The sending and receiving countries must be the pair's two
 * countries; residing in a third country makes the accreditation concurrent.
 */
@Service
class AccreditationAdmin extends EntityAdmin<Accreditation, AccreditationForm> {

	AccreditationAdmin(RevisionHistory history) {
		super(Accreditation.class, "ambassadors", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return all("""
				select a from Accreditation a join fetch a.person join fetch a.sendingCountry
				join fetch a.receivingCountry order by a.sendingCountry.name, a.person.name""").stream()
			.map((accreditation) -> new RecordRow(accreditation.getId(), label(accreditation),
					message("ambassador.direction", accreditation.getSendingCountry().getName(),
							accreditation.getReceivingCountry().getName()),
					accreditation.getUpdatedAt(), accreditation.getUpdatedBy()))
			.toList();
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
	public void check(AccreditationForm form, Long id, Errors errors) {
		checkExists(Relation.class, form.getRelationId(), false, "relationId", errors);
		checkExists(Person.class, form.getPersonId(), false, "personId", errors);
		checkExists(Country.class, form.getSendingCountryCode(), false, "sendingCountryCode", errors);
		checkExists(Country.class, form.getReceivingCountryCode(), false, "receivingCountryCode", errors);
		checkExists(Country.class, form.getResidenceCountryCode(), false, "residenceCountryCode", errors);
		checkExists(Source.class, form.getSourceId(), false, "sourceId", errors);
		checkDate(form.getTenureStart(), false, "tenureStart", errors);
		checkDate(form.getTenureEnd(), false, "tenureEnd", errors);
		checkRange(form.getTenureStart(), form.getTenureEnd(), "tenureEnd", errors);
		if (errors.hasFieldErrors("relationId") || errors.hasFieldErrors("sendingCountryCode")
				|| errors.hasFieldErrors("receivingCountryCode")) {
			return;
		}
		Relation relation = reference(Relation.class, form.getRelationId());
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
		accreditation.setRelation(reference(Relation.class, form.getRelationId()));
		accreditation.setPerson(reference(Person.class, form.getPersonId()));
		accreditation.setSendingCountry(reference(Country.class, form.getSendingCountryCode()));
		accreditation.setReceivingCountry(reference(Country.class, form.getReceivingCountryCode()));
		accreditation.setTitle(form.getTitle());
		accreditation.setResidenceCity(form.getResidenceCity());
		accreditation.setResidenceCountry(reference(Country.class, form.getResidenceCountryCode()));
		accreditation.setTenureStart(form.getTenureStart().toPartialDate());
		accreditation.setTenureEnd(form.getTenureEnd().toPartialDate());
		accreditation.setAsOf(form.getAsOf());
		accreditation.setSource(reference(Source.class, form.getSourceId()));
	}

	@Override
	public List<String> dependants(long id) {
		return List.of();
	}

}

package org.bilateral.agreement;

import java.util.ArrayList;
import java.util.List;

import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.common.admin.Reference;
import org.bilateral.country.CountryRepository;
import org.bilateral.relation.Relation;
import org.bilateral.source.SourceAdmin;
import org.bilateral.source.SourceRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing the steps of a document's lifecycle. A step must follow the document's earlier
 * steps by the rules of {@link AgreementLifecycle}, and every later step must still
 * follow it, so a step out of order is refused with the rule it breaks at its field.
 */
@Service
@Order(4)
public class AgreementStepAdmin extends EntityAdmin<AgreementStep, AgreementStepForm> {

	public static final String TYPE = "agreement-steps";

	private static final RecordFields<AgreementStepForm> FIELDS = RecordFields.of(AgreementStepForm.class)
		.reference("agreementId", AgreementAdmin.TYPE, AgreementStepForm::getAgreementId)
		.choice("stage", "agreement.stage.", AgreementStepForm::getStage)
		.reference("countryCode", "countries", AgreementStepForm::getCountryCode)
		.text("takenOn", AgreementStepForm::getTakenOn)
		.text("statedOn", AgreementStepForm::getStatedOn)
		.text("signatories", AgreementStepForm::getSignatories)
		.text("note", AgreementStepForm::getNote)
		.reference("sourceId", SourceAdmin.TYPE, AgreementStepForm::getSourceId)
		.build();

	private final AgreementStepRepository steps;

	private final AgreementRepository agreements;

	private final CountryRepository countries;

	private final SourceRepository sources;

	AgreementStepAdmin(AgreementStepRepository steps, AgreementRepository agreements, CountryRepository countries,
			SourceRepository sources) {
		super(TYPE, steps, FIELDS);
		this.steps = steps;
		this.agreements = agreements;
		this.countries = countries;
		this.sources = sources;
	}

	@Override
	public List<String> choosesFrom() {
		return List.of(AgreementAdmin.TYPE, "countries", "sources");
	}

	@Override
	public List<Reference> references() {
		return List.of(Reference.byId(AgreementAdmin.TYPE, "dependants.agreementSteps", this.steps::countByAgreementId),
				Reference.byId(SourceAdmin.TYPE, SourceAdmin.CITING, this.steps::countBySourceId),
				Reference.byId(TYPE, "dependants.agreementSteps.later", this::laterStepsResting));
	}

	/**
	 * How many later steps of the same document rest on this one: with it deleted, the
	 * first later step out of order and every step after it (deleting the signing leaves
	 * the entry into force without one).
	 */
	private long laterStepsResting(Long id) {
		AgreementStep deleted = this.steps.findById(id).orElse(null);
		if (deleted == null) {
			return 0;
		}
		List<AgreementLifecycle.Step> remaining = new ArrayList<>();
		List<AgreementStep> all = this.steps.findByAgreementId(deleted.getAgreement().getId());
		for (int i = 0; i < all.size(); i++) {
			AgreementStep step = all.get(i);
			if (step.getId().equals(id)) {
				continue;
			}
			if (step.getId() > id && AgreementLifecycle.refusal(remaining, step.facts()).isPresent()) {
				return all.size() - i;
			}
			remaining.add(step.facts());
		}
		return 0;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.steps.findAllByAgreement(), (step) -> step.getAgreement().getRelation().getSlug());
	}

	@Override
	public AgreementStepForm newForm() {
		return new AgreementStepForm();
	}

	@Override
	protected AgreementStepForm toForm(AgreementStep step) {
		return AgreementStepForm.from(step);
	}

	@Override
	protected AgreementStep newEntity() {
		return new AgreementStep();
	}

	@Override
	protected String label(AgreementStep step) {
		Agreement agreement = step.getAgreement();
		String document = (agreement.getTitle() != null) ? agreement.getTitle()
				: message("admin.agreements.untitled", agreement.getSphere());
		String stage = message("agreement.stage." + step.getStage());
		return message("admin.agreement-steps.label", stage, document);
	}

	@Override
	protected void validate(AgreementStepForm form, Long id, Errors errors) {
		checkExists(form.getAgreementId(), this.agreements::existsById, true, "agreementId", errors);
		checkExists(form.getCountryCode(), this.countries::existsById, false, "countryCode", errors);
		checkExists(form.getSourceId(), this.sources::existsById, false, "sourceId", errors);
		checkDate(form.getTakenOn(), false, "takenOn", errors);
		if (form.getStage() == AgreementStage.IN_FORCE && form.getStatedOn() == null
				&& !errors.hasFieldErrors("statedOn")) {
			errors.rejectValue("statedOn", "agreementStep.inForceNeedsStatedOn");
		}
		if (form.getSignatories() != null && form.getStage() != null && form.getStage() != AgreementStage.SIGNED
				&& !errors.hasFieldErrors("signatories")) {
			errors.rejectValue("signatories", "agreementStep.signatoriesOnlyForSigning");
		}
		if (errors.hasFieldErrors("agreementId") || errors.hasFieldErrors("stage")
				|| errors.hasFieldErrors("countryCode") || errors.hasFieldErrors("takenOn*")) {
			return;
		}
		Relation relation = chosen(form.getAgreementId(), this.agreements::findById).getRelation();
		if (form.getCountryCode() != null && !form.getCountryCode().equals(relation.getFirstCountry().getCode())
				&& !form.getCountryCode().equals(relation.getSecondCountry().getCode())) {
			errors.rejectValue("countryCode", "agreementStep.countryOutsideRelation");
			return;
		}
		checkOrder(form, id, errors);
	}

	/** The document's steps with this one in its place (last when new), by the rules. */
	private void checkOrder(AgreementStepForm form, Long id, Errors errors) {
		List<AgreementLifecycle.Step> sequence = new ArrayList<>();
		int index = -1;
		for (AgreementStep step : this.steps.findByAgreementId(form.getAgreementId())) {
			if (step.getId().equals(id)) {
				index = sequence.size();
				sequence.add(facts(form));
			}
			else {
				sequence.add(step.facts());
			}
		}
		if (index < 0) {
			index = sequence.size();
			sequence.add(facts(form));
		}
		AgreementLifecycle.refusal(sequence, index)
			.ifPresent((refusal) -> errors.rejectValue(refusal.field(), refusal.code()));
	}

	private static AgreementLifecycle.Step facts(AgreementStepForm form) {
		return new AgreementLifecycle.Step(form.getStage(), form.getCountryCode(), form.getTakenOn().toPartialDate());
	}

	@Override
	protected void apply(AgreementStepForm form, AgreementStep step) {
		step.setAgreement(chosen(form.getAgreementId(), this.agreements::findById));
		step.setStage(form.getStage());
		step.setCountry(chosen(form.getCountryCode(), this.countries::findById));
		step.setTakenOn(form.getTakenOn().toPartialDate());
		step.setStatedOn(form.getStatedOn());
		step.setSignatories(form.getSignatories());
		step.setNote(form.getNote());
		step.setSource(chosen(form.getSourceId(), this.sources::findById));
	}

}

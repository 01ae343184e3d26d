package org.bilateral.agreement;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bilateral.agreement.Agreement;
import org.bilateral.common.admin.Choice;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.common.admin.Reference;
import org.bilateral.relation.RelationAdmin;
import org.bilateral.source.SourceAdmin;
import org.bilateral.relation.RelationRepository;
import org.bilateral.source.SourceRepository;
import org.bilateral.visit.Visit;
import org.bilateral.visit.VisitAdmin;
import org.bilateral.visit.VisitRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing the documents of the legal framework. Sources often name only the sphere, so an
 * untitled agreement is listed by its sphere.
 */
@Service
@Order(4)
public class AgreementAdmin extends EntityAdmin<Agreement, AgreementForm> {

	public static final String TYPE = "agreements";

	private static final RecordFields<AgreementForm> FIELDS = RecordFields.of(AgreementForm.class)
		.reference("relationId", RelationAdmin.TYPE, AgreementForm::getRelationId)
		.text("title", AgreementForm::getTitle)
		.text("sphere", AgreementForm::getSphere)
		.text("type", AgreementForm::getType)
		.text("signedAt", AgreementForm::getSignedAt)
		.text("position", AgreementForm::getPosition)
		.reference("sourceId", SourceAdmin.TYPE, AgreementForm::getSourceId)
		.reference("visitId", VisitAdmin.TYPE, AgreementForm::getVisitId)
		.build();

	private final AgreementRepository agreements;

	private final RelationRepository relations;

	private final SourceRepository sources;

	private final VisitRepository visits;

	AgreementAdmin(AgreementRepository agreements, RelationRepository relations, SourceRepository sources,
			VisitRepository visits) {
		super(TYPE, agreements, FIELDS);
		translatable(TextFields.of(Agreement.class)
			.line("title", Agreement::getTitle, 500)
			.line("sphere", Agreement::getSphere, 200)
			.line("type", Agreement::getType, 100)
			.build());
		this.agreements = agreements;
		this.relations = relations;
		this.sources = sources;
		this.visits = visits;
	}

	@Override
	public List<String> choosesFrom() {
		return List.of("relations", "sources", "visits");
	}

	@Override
	public List<Reference> references() {
		return List.of(Reference.byId(RelationAdmin.TYPE, "dependants.agreements", this.agreements::countByRelationId),
				Reference.byId(SourceAdmin.TYPE, SourceAdmin.CITING, this.agreements::countBySourceId),
				Reference.byId(VisitAdmin.TYPE, "dependants.agreements.signedDuring", this.agreements::countByVisitId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.agreements.findAllByPair(), this::detail);
	}

	/** Documents as choices for their steps' form, by name and pair. */
	@Override
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return choices(this.agreements.findAllByPair(),
				(agreement) -> label(agreement) + " \u00b7 " + agreement.getRelation().getSlug());
	}

	private String detail(Agreement agreement) {
		return Stream
			.of((agreement.getTitle() != null) ? agreement.getSphere() : null, agreement.getRelation().getSlug())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" \u00b7 "));
	}

	@Override
	public AgreementForm newForm() {
		return new AgreementForm();
	}

	@Override
	protected AgreementForm toForm(Agreement agreement) {
		return AgreementForm.from(agreement);
	}

	@Override
	protected Agreement newEntity() {
		return new Agreement();
	}

	@Override
	protected String label(Agreement agreement) {
		return (agreement.getTitle() != null) ? agreement.getTitle()
				: message("admin.agreements.untitled", agreement.getSphere());
	}

	@Override
	protected void validate(AgreementForm form, Long id, Errors errors) {
		checkExists(form.getRelationId(), this.relations::existsById, true, "relationId", errors);
		checkExists(form.getSourceId(), this.sources::existsById, false, "sourceId", errors);
		if (form.getVisitId() != null && !errors.hasFieldErrors("visitId")) {
			Visit visit = chosen(form.getVisitId(), this.visits::findById);
			if (visit == null) {
				errors.rejectValue("visitId", "unknown");
			}
			else if (!visit.getRelation().getId().equals(form.getRelationId())) {
				errors.rejectValue("visitId", "agreement.visitOfAnotherRelation");
			}
		}
	}

	@Override
	protected void apply(AgreementForm form, Agreement agreement) {
		agreement.setRelation(chosen(form.getRelationId(), this.relations::findById));
		agreement.setTitle(form.getTitle());
		agreement.setSphere(form.getSphere());
		agreement.setType(form.getType());
		agreement.setSignedAt(form.getSignedAt());
		agreement.setPosition(form.getPosition());
		agreement.setSource(chosen(form.getSourceId(), this.sources::findById));
		agreement.setVisit(chosen(form.getVisitId(), this.visits::findById));
	}

}

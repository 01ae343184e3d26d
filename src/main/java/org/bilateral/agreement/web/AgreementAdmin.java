package org.bilateral.agreement.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bilateral.agreement.Agreement;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.history.RevisionHistory;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing the documents of the legal framework. Sources often name only the sphere, so an
 * untitled agreement is listed by its sphere.
 */
@Service
class AgreementAdmin extends EntityAdmin<Agreement, AgreementForm> {

	AgreementAdmin(RevisionHistory history) {
		super(Agreement.class, "agreements", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return this.entityManager.createQuery("""
				select a from Agreement a join fetch a.relation r
				order by r.slug, a.position, a.sphere, a.id""", Agreement.class)
			.getResultList()
			.stream()
			.map((agreement) -> new RecordRow(agreement.getId(), label(agreement), detail(agreement),
					agreement.getUpdatedAt(), agreement.getUpdatedBy()))
			.toList();
	}

	private String detail(Agreement agreement) {
		return Stream
			.of((agreement.getTitle() != null) ? agreement.getSphere() : null,
					(agreement.getSignedOn() != null) ? agreement.getSignedOn().iso() : null,
					agreement.getRelation().getSlug())
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
	public void check(AgreementForm form, Long id, Errors errors) {
		checkExists(Relation.class, form.getRelationId(), true, "relationId", errors);
		checkExists(Source.class, form.getSourceId(), false, "sourceId", errors);
		checkDate(form.getSignedOn(), false, "signedOn", errors);
		checkDate(form.getInForceOn(), false, "inForceOn", errors);
	}

	@Override
	protected void apply(AgreementForm form, Agreement agreement) {
		agreement.setRelation(reference(Relation.class, form.getRelationId()));
		agreement.setTitle(form.getTitle());
		agreement.setSphere(form.getSphere());
		agreement.setType(form.getType());
		agreement.setSignedOn(form.getSignedOn().toPartialDate());
		agreement.setSignedAt(form.getSignedAt());
		agreement.setInForceOn(form.getInForceOn().toPartialDate());
		agreement.setStatus(form.getStatus());
		agreement.setPosition(form.getPosition());
		agreement.setSource(reference(Source.class, form.getSourceId()));
	}

	@Override
	public List<String> dependants(long id) {
		return List.of();
	}

}

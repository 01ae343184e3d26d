package org.bilateral.relation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.country.Country;
import org.bilateral.history.RevisionHistory;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing country pairs. The pair is stored in canonical order whatever order the editor
 * chose; its countries cannot change while records belong to it, and it cannot be deleted
 * then.
 */
@Service
class RelationAdmin extends EntityAdmin<Relation, RelationForm> {

	private static final Map<String, String> CHILDREN = Map.of("Accreditation", "dependants.accreditations", "Visit",
			"dependants.visits", "Agreement", "dependants.agreements", "TradeFigure", "dependants.tradeFigures",
			"CulturalCentre", "dependants.culturalCentres", "EventParticipation", "dependants.events");

	RelationAdmin(RevisionHistory history) {
		super(Relation.class, "relations", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return all("select r from Relation r join fetch r.firstCountry join fetch r.secondCountry order by r.slug")
			.stream()
			.map((relation) -> new RecordRow(relation.getId(), label(relation), relation.getSlug(),
					relation.getUpdatedAt(), relation.getUpdatedBy()))
			.toList();
	}

	@Override
	public RelationForm newForm() {
		return new RelationForm();
	}

	@Override
	protected RelationForm toForm(Relation relation) {
		return RelationForm.from(relation);
	}

	@Override
	protected Relation newEntity() {
		return new Relation();
	}

	@Override
	protected String label(Relation relation) {
		return message("pair.name", relation.getFirstCountry().getName(), relation.getSecondCountry().getName());
	}

	@Override
	public void check(RelationForm form, Long id, Errors errors) {
		checkExists(Country.class, form.getFirstCountryCode(), false, "firstCountryCode", errors);
		checkExists(Country.class, form.getSecondCountryCode(), false, "secondCountryCode", errors);
		checkExists(Source.class, form.getSourceId(), false, "sourceId", errors);
		checkDate(form.getEstablishedOn(), false, "establishedOn", errors);
		if (errors.hasFieldErrors("firstCountryCode") || errors.hasFieldErrors("secondCountryCode")) {
			return;
		}
		if (form.getFirstCountryCode().equals(form.getSecondCountryCode())) {
			errors.rejectValue("secondCountryCode", "relation.sameCountry");
			return;
		}
		String slug = canonicalSlug(form);
		long clash = this.entityManager
			.createQuery("select count(r) from Relation r where r.slug = ?1 and r.id <> ?2", Long.class)
			.setParameter(1, slug)
			.setParameter(2, (id != null) ? id : -1L)
			.getSingleResult();
		if (clash > 0) {
			errors.rejectValue("secondCountryCode", "relation.duplicate");
		}
		if (id != null && !slug.equals(find(id).getSlug()) && !dependants(id).isEmpty()) {
			errors.rejectValue("secondCountryCode", "relation.countriesInUse");
		}
	}

	@Override
	protected void apply(RelationForm form, Relation relation) {
		Country one = reference(Country.class, form.getFirstCountryCode());
		Country other = reference(Country.class, form.getSecondCountryCode());
		boolean inOrder = one.getSlug().compareTo(other.getSlug()) < 0;
		relation.setFirstCountry(inOrder ? one : other);
		relation.setSecondCountry(inOrder ? other : one);
		relation.setSlug(Relation.slugOf(relation.getFirstCountry(), relation.getSecondCountry()));
		relation.setEstablishedOn(form.getEstablishedOn().toPartialDate());
		relation.setSummary(form.getSummary());
		relation.setSource(reference(Source.class, form.getSourceId()));
	}

	private String canonicalSlug(RelationForm form) {
		Country one = reference(Country.class, form.getFirstCountryCode());
		Country other = reference(Country.class, form.getSecondCountryCode());
		return (one.getSlug().compareTo(other.getSlug()) < 0) ? Relation.slugOf(one, other)
				: Relation.slugOf(other, one);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> dependants(long id) {
		List<String> dependants = new ArrayList<>();
		CHILDREN.forEach((entity, code) -> {
			long count = count("select count(e) from " + entity + " e where e.relation.id = ?1", id);
			if (count > 0) {
				dependants.add(message(code, count));
			}
		});
		dependants.sort(null);
		return dependants;
	}

}

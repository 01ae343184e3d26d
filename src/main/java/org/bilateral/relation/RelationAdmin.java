package org.bilateral.relation;

import java.util.List;
import java.util.Optional;

import org.bilateral.common.admin.Choice;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.common.admin.Reference;
import org.bilateral.country.Country;
import org.bilateral.country.CountryRepository;
import org.bilateral.source.SourceAdmin;
import org.bilateral.source.SourceRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing country pairs. The pair is stored in canonical order whatever order the editor
 * chose; its countries cannot change while records belong to it, and it cannot be deleted
 * then (the features whose records belong to a pair declare so).
 */
@Service
@Order(1)
public class RelationAdmin extends EntityAdmin<Relation, RelationForm> {

	public static final String TYPE = "relations";

	private static final RecordFields<RelationForm> FIELDS = RecordFields.of(RelationForm.class)
		.reference("firstCountryCode", "countries", RelationForm::getFirstCountryCode)
		.reference("secondCountryCode", "countries", RelationForm::getSecondCountryCode)
		.text("establishedOn", RelationForm::getEstablishedOn)
		.text("summary", RelationForm::getSummary)
		.reference("sourceId", SourceAdmin.TYPE, RelationForm::getSourceId)
		.build();

	private final RelationRepository relations;

	private final CountryRepository countries;

	private final SourceRepository sources;

	RelationAdmin(RelationRepository relations, CountryRepository countries, SourceRepository sources) {
		super(TYPE, relations, FIELDS);
		translatable(TextFields.of(Relation.class).paragraph("summary", Relation::getSummary, 10000).build());
		this.relations = relations;
		this.countries = countries;
		this.sources = sources;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.relations.findAllBySlug(), (relation) -> relation.getSlug());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return choices(this.relations.findAllBySlug(), (relation) -> relation.getDisplayName());
	}

	/** Histories and conflicts name a pair as its public pages do. */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> name(String key) {
		return findById(key).map(Relation::getDisplayName);
	}

	@Override
	public List<String> choosesFrom() {
		return List.of("countries", "sources");
	}

	@Override
	public List<Reference> references() {
		return List.of(Reference.byId(SourceAdmin.TYPE, SourceAdmin.CITING, this.relations::countBySourceId));
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
	protected void validate(RelationForm form, Long id, Errors errors) {
		checkExists(form.getFirstCountryCode(), this.countries::existsById, false, "firstCountryCode", errors);
		checkExists(form.getSecondCountryCode(), this.countries::existsById, false, "secondCountryCode", errors);
		checkExists(form.getSourceId(), this.sources::existsById, false, "sourceId", errors);
		checkDate(form.getEstablishedOn(), false, "establishedOn", errors);
		if (errors.hasFieldErrors("firstCountryCode") || errors.hasFieldErrors("secondCountryCode")) {
			return;
		}
		if (form.getFirstCountryCode().equals(form.getSecondCountryCode())) {
			errors.rejectValue("secondCountryCode", "relation.sameCountry");
			return;
		}
		String slug = canonicalSlug(form);
		if (this.relations.existsBySlugAndIdNot(slug, (id != null) ? id : -1L)) {
			errors.rejectValue("secondCountryCode", "relation.duplicate");
		}
		if (id != null && !slug.equals(find(id).getSlug()) && !dependants(id).isEmpty()) {
			errors.rejectValue("secondCountryCode", "relation.countriesInUse");
		}
	}

	@Override
	protected void apply(RelationForm form, Relation relation) {
		Country one = chosen(form.getFirstCountryCode(), this.countries::findById);
		Country other = chosen(form.getSecondCountryCode(), this.countries::findById);
		boolean inOrder = one.getSlug().compareTo(other.getSlug()) < 0;
		relation.setFirstCountry(inOrder ? one : other);
		relation.setSecondCountry(inOrder ? other : one);
		relation.setSlug(Relation.slugOf(relation.getFirstCountry(), relation.getSecondCountry()));
		relation.setEstablishedOn(form.getEstablishedOn().toPartialDate());
		relation.setSummary(form.getSummary());
		relation.setSource(chosen(form.getSourceId(), this.sources::findById));
	}

	private String canonicalSlug(RelationForm form) {
		Country one = chosen(form.getFirstCountryCode(), this.countries::findById);
		Country other = chosen(form.getSecondCountryCode(), this.countries::findById);
		return (one.getSlug().compareTo(other.getSlug()) < 0) ? Relation.slugOf(one, other)
				: Relation.slugOf(other, one);
	}

}

package org.bilateral.source;

import java.util.List;

import org.bilateral.common.admin.Choice;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.admin.RecordRow;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing sources. A source that records cite cannot be deleted: every feature whose
 * records cite sources declares it.
 */
@Service
@Order(9)
public class SourceAdmin extends EntityAdmin<Source, SourceForm> {

	public static final String TYPE = "sources";

	/** The message that counts the records citing a source, whatever their type. */
	public static final String CITING = "dependants.citing";

	private static final RecordFields<SourceForm> FIELDS = RecordFields.of(SourceForm.class)
		.text("title", SourceForm::getTitle)
		.text("publisher", SourceForm::getPublisher)
		.text("url", SourceForm::getUrl)
		.text("publishedCreatedAt", SourceForm::getPublishedCreatedAt)
		.text("publishedUpdatedAt", SourceForm::getPublishedUpdatedAt)
		.text("accessedOn", SourceForm::getAccessedOn)
		.build();

	private final SourceRepository sources;

	SourceAdmin(SourceRepository sources) {
		super(TYPE, sources, FIELDS);
		translatable(TextFields.of(Source.class).line("title", Source::getTitle, 300).build());
		this.sources = sources;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.sources.findAllByOrderByTitle(), (source) -> source.getPublisher());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return choices(this.sources.findAllByOrderByTitle(), (source) -> source.getTitle());
	}

	@Override
	public SourceForm newForm() {
		return new SourceForm();
	}

	@Override
	protected SourceForm toForm(Source source) {
		return SourceForm.from(source);
	}

	@Override
	protected Source newEntity() {
		return new Source();
	}

	@Override
	protected String label(Source source) {
		return source.getTitle();
	}

	@Override
	protected void validate(SourceForm form, Long id, Errors errors) {
		if (form.getPublishedCreatedAt() != null && form.getPublishedUpdatedAt() != null
				&& !errors.hasFieldErrors("publishedCreatedAt") && !errors.hasFieldErrors("publishedUpdatedAt")
				&& form.getPublishedUpdatedAt().isBefore(form.getPublishedCreatedAt())) {
			errors.rejectValue("publishedUpdatedAt", "source.updatedBeforeCreated");
		}
	}

	@Override
	protected void apply(SourceForm form, Source source) {
		source.setTitle(form.getTitle());
		source.setPublisher(form.getPublisher());
		source.setUrl(form.getUrl());
		source.setPublishedCreatedAt(form.getPublishedCreatedAt());
		source.setPublishedUpdatedAt(form.getPublishedUpdatedAt());
		source.setAccessedOn(form.getAccessedOn());
	}

}

package org.bilateral.source.web;

import java.util.ArrayList;
import java.util.List;

import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.history.RevisionHistory;
import org.bilateral.source.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing sources. A source that records cite cannot be deleted.
 */
@Service
class SourceAdmin extends EntityAdmin<Source, SourceForm> {

	private static final List<String> CITING = List.of("Relation", "Accreditation", "Visit", "Agreement", "TradeFigure",
			"CulturalCentre", "EventParticipation");

	SourceAdmin(RevisionHistory history) {
		super(Source.class, "sources", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return all("select s from Source s order by s.title").stream()
			.map((source) -> new RecordRow(source.getId(), source.getTitle(), source.getPublisher(),
					source.getUpdatedAt(), source.getUpdatedBy()))
			.toList();
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
	public void check(SourceForm form, Long id, Errors errors) {
		if (form.getPublishedCreatedAt() != null && form.getPublishedUpdatedAt() != null
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

	@Override
	@Transactional(readOnly = true)
	public List<String> dependants(long id) {
		long citing = 0;
		for (String entity : CITING) {
			citing += count("select count(e) from " + entity + " e where e.source.id = ?1", id);
		}
		List<String> dependants = new ArrayList<>();
		if (citing > 0) {
			dependants.add(message("dependants.citing", citing));
		}
		return dependants;
	}

}

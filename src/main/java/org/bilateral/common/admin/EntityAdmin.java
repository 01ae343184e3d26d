package org.bilateral.common.admin;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.bilateral.common.AuditedEntity;
import org.bilateral.common.EditConflictException;
import org.bilateral.common.NotFoundException;
import org.bilateral.common.PartialDateInput;
import org.bilateral.country.Country;
import org.bilateral.event.EventParticipation;
import org.bilateral.history.RevisionHistory;
import org.bilateral.person.Person;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The usual way to edit one entity type: check the form against the database first
 * (clashes and unknown references become field errors), then copy it onto the entity,
 * compare versions explicitly (copying a version onto a loaded entity would be ignored),
 * and record the change in the revision history.
 */
public abstract class EntityAdmin<E extends AuditedEntity, F extends RecordForm> implements RecordAdmin<F> {

	@PersistenceContext
	protected EntityManager entityManager;

	private final Class<E> entityType;

	private final String type;

	private final RevisionHistory history;

	private MessageSource messages;

	protected EntityAdmin(Class<E> entityType, String type, RevisionHistory history) {
		this.entityType = entityType;
		this.type = type;
		this.history = history;
	}

	/** The form showing a stored entity, version included. */
	protected abstract F toForm(E entity);

	@Override
	@Transactional(readOnly = true)
	public abstract void check(F form, Long id, Errors errors);

	@Autowired
	void setMessageSource(MessageSource messages) {
		this.messages = messages;
	}

	/** A message in the editor's language, for texts such as what prevents a deletion. */
	protected String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** Copies a checked form onto the entity. */
	protected abstract void apply(F form, E entity);

	protected abstract E newEntity();

	protected abstract String label(E entity);

	@Override
	public String type() {
		return this.type;
	}

	@Override
	@Transactional(readOnly = true)
	public F load(long id) {
		return toForm(find(id));
	}

	@Override
	@Transactional(readOnly = true)
	public RecordStamps stamps(long id) {
		return RecordStamps.of(find(id));
	}

	@Override
	@Transactional(readOnly = true)
	public String label(long id) {
		return label(find(id));
	}

	@Override
	@Transactional
	public Long create(F form, Errors errors) {
		check(form, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		E entity = newEntity();
		apply(form, entity);
		this.entityManager.persist(entity);
		this.entityManager.flush();
		this.history.created(this.type, entity.getId(), describe(toForm(entity)));
		return entity.getId();
	}

	@Override
	@Transactional
	public void update(long id, F form, Errors errors) {
		E entity = find(id);
		if (entity.getVersion() != form.getVersion()) {
			throw new EditConflictException(entity.getVersion());
		}
		check(form, id, errors);
		if (errors.hasErrors()) {
			return;
		}
		Map<String, String> before = describe(toForm(entity));
		apply(form, entity);
		try {
			this.entityManager.flush();
		}
		catch (OptimisticLockException ex) {
			throw new EditConflictException(form.getVersion() + 1);
		}
		this.history.updated(this.type, id, before, describe(toForm(entity)));
	}

	@Override
	@Transactional
	public void delete(long id, long version) {
		E entity = find(id);
		if (entity.getVersion() != version) {
			throw new EditConflictException(entity.getVersion());
		}
		Map<String, String> before = describe(toForm(entity));
		beforeDelete(entity);
		this.entityManager.remove(entity);
		this.entityManager.flush();
		this.history.deleted(this.type, id, before);
	}

	/**
	 * Describes a form field by field; a chosen record (a field named {@code relationId},
	 * {@code personId}, {@code sourceId}, {@code eventId} or ending in
	 * {@code CountryCode}) is named rather than numbered.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<String, String> describe(F form) {
		Map<String, String> fields = RevisionHistory.describe(form);
		fields.replaceAll(this::name);
		return fields;
	}

	/** The name of the record a field's value refers to, or the value itself. */
	protected String name(String field, String value) {
		if (value.isEmpty()) {
			return value;
		}
		try {
			Object named = switch (field) {
				case "relationId" -> nameOf(Relation.class, Long.valueOf(value));
				case "personId" -> nameOf(Person.class, Long.valueOf(value));
				case "sourceId" -> nameOf(Source.class, Long.valueOf(value));
				case "eventId" -> nameOf(EventParticipation.class, Long.valueOf(value));
				default ->
					field.endsWith("CountryCode") || field.equals("sideCode") ? nameOf(Country.class, value) : null;
			};
			return (named != null) ? named.toString() : value;
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private String nameOf(Class<?> type, Object key) {
		Object record = this.entityManager.find(type, key);
		if (record instanceof Relation relation) {
			return relation.getDisplayName();
		}
		if (record instanceof Person person) {
			return person.getName();
		}
		if (record instanceof Source source) {
			return source.getTitle();
		}
		if (record instanceof EventParticipation event) {
			return event.getDisplayName();
		}
		if (record instanceof Country country) {
			return country.getName();
		}
		return null;
	}

	/** Removes what belongs to the entity alone (such as a visit's participants). */
	protected void beforeDelete(E entity) {
	}

	protected E find(long id) {
		E entity = this.entityManager.find(this.entityType, id);
		if (entity == null) {
			throw new NotFoundException("No " + this.type + " " + id);
		}
		return entity;
	}

	/**
	 * Checks that a chosen record exists; an unknown or missing one becomes a field
	 * error. A field that already has an error (a blank required field, a value that is
	 * not a number) keeps that one message.
	 */
	protected void checkExists(Class<?> referenced, Object key, boolean required, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (key == null) {
			if (required) {
				errors.rejectValue(field, "required");
			}
			return;
		}
		if (this.entityManager.find(referenced, key) == null) {
			errors.rejectValue(field, "unknown");
		}
	}

	protected <T> T reference(Class<T> referenced, Object key) {
		return (key != null) ? this.entityManager.find(referenced, key) : null;
	}

	/** Checks a partial date's combination of year, month and day. */
	protected static void checkDate(PartialDateInput input, boolean required, String field, Errors errors) {
		if (input == null || input.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "required");
			}
			return;
		}
		String problem = input.problem();
		if (problem != null && !errors.hasFieldErrors(field + ".year") && !errors.hasFieldErrors(field + ".month")
				&& !errors.hasFieldErrors(field + ".day")) {
			errors.rejectValue(field, problem);
		}
	}

	/** Checks that a range does not end before it starts. */
	protected static void checkRange(PartialDateInput start, PartialDateInput end, String endField, Errors errors) {
		if (start != null && end != null && start.toPartialDate() != null && end.toPartialDate() != null
				&& end.toPartialDate().date().isBefore(start.toPartialDate().date())) {
			errors.rejectValue(endField, "partialDate.endBeforeStart");
		}
	}

	protected List<E> all(String jpql) {
		return this.entityManager.createQuery(jpql, this.entityType).getResultList();
	}

	protected long count(String jpql, Object parameter) {
		return this.entityManager.createQuery(jpql, Long.class).setParameter(1, parameter).getSingleResult();
	}

}

package org.bilateral.common.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.bilateral.common.AuditedEntity;
import org.bilateral.common.NotFoundException;
import org.bilateral.common.PartialDateInput;
import org.bilateral.common.TextRecord;
import org.bilateral.common.VisibleText;
import org.bilateral.common.history.RevisionHistory;
import org.bilateral.common.text.Languages;
import org.bilateral.common.text.TextField;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.text.Translations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The usual way to edit one entity type through its repository: check the form against
 * the database first (clashes and unknown references become field errors), then copy it
 * onto the entity, compare versions explicitly (copying a version onto a loaded entity
 * would be ignored), and record the change in the revision history. A feature's write
 * service extends it and gives its form, its rules and its fields.
 *
 * @param <E> the entity
 * @param <F> its admin form
 */
public abstract class EntityAdmin<E extends AuditedEntity, F extends RecordForm> implements RecordAdmin<F> {

	private final String type;

	private final JpaRepository<E, Long> repository;

	private final RecordFields<F> fields;

	private RevisionHistory history;

	private RecordTypes types;

	private MessageSource messages;

	private Translations translations;

	private TextFields<E> texts = TextFields.none();

	protected EntityAdmin(String type, JpaRepository<E, Long> repository, RecordFields<F> fields) {
		this.type = type;
		this.repository = repository;
		this.fields = fields;
	}

	@Autowired
	void setCollaborators(RevisionHistory history, RecordTypes types, MessageSource messages,
			Translations translations) {
		this.history = history;
		this.types = types;
		this.messages = messages;
		this.translations = translations;
	}

	/**
	 * Declares the texts of this type's records that editors may translate (the entity is
	 * then a {@link TextRecord}); a type's constructor calls it.
	 */
	protected final void translatable(TextFields<E> texts) {
		this.texts = texts;
	}

	@Override
	public List<TextField> texts() {
		return this.texts.fields();
	}

	/** The form showing a stored entity, with the language of its texts. */
	private F formOf(E entity) {
		F form = toForm(entity);
		if (entity instanceof TextRecord record) {
			form.setTextLanguage(record.getTextLanguage());
		}
		return form;
	}

	/** Copies a checked form onto the entity, the language of its texts included. */
	private void applyForm(F form, E entity) {
		apply(form, entity);
		if (entity instanceof TextRecord record && !this.texts.isEmpty() && form.getTextLanguage() != null) {
			record.setTextLanguage(form.getTextLanguage());
		}
	}

	/**
	 * The form's fields by key, with the language of the texts for a type that has texts.
	 */
	private Map<String, String> describe(F form) {
		Map<String, String> values = this.fields.describe(form);
		if (!this.texts.isEmpty()) {
			values.put(RecordTypes.TEXT_LANGUAGE, (form.getTextLanguage() != null) ? form.getTextLanguage() : "");
		}
		return values;
	}

	/** The form showing a stored entity, version included. */
	protected abstract F toForm(E entity);

	/** Adds field errors for the type's rules; {@code id} is null for a new record. */
	protected abstract void validate(F form, Long id, Errors errors);

	/** Copies a checked form onto the entity. */
	protected abstract void apply(F form, E entity);

	protected abstract E newEntity();

	/** The record's name as editors read it. */
	protected abstract String label(E entity);

	/** Removes what belongs to the entity alone before it is deleted. */
	protected void beforeDelete(E entity) {
	}

	@Override
	public String type() {
		return this.type;
	}

	@Override
	public Optional<String> fieldLabel(String key) {
		return this.fields.field(key).map(RecordFields.Field::label);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> name(String key) {
		return findById(key).map(this::label);
	}

	/** The record with a key as stored in a history or sent by a form; empty for none. */
	protected Optional<E> findById(String key) {
		try {
			return this.repository.findById(Long.valueOf(key));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Editing<F> blank() {
		return new Editing<>(newForm(), null, formChoices());
	}

	@Override
	@Transactional(readOnly = true)
	public Editing<F> edit(long id) {
		E entity = find(id);
		return new Editing<>(formOf(entity), page(entity), formChoices());
	}

	@Override
	@Transactional(readOnly = true)
	public FormPage check(F form, Errors errors) {
		validate(form, null, errors);
		return new FormPage(null, formChoices());
	}

	@Override
	@Transactional(readOnly = true)
	public FormPage check(long id, F form, Errors errors) {
		E entity = find(id);
		validate(form, id, errors);
		return new FormPage(page(entity), formChoices());
	}

	@Override
	@Transactional
	public FormPage create(F form, Errors errors) {
		validate(form, null, errors);
		if (errors.hasErrors()) {
			return new FormPage(null, formChoices());
		}
		E entity = newEntity();
		applyForm(form, entity);
		entity = this.repository.saveAndFlush(entity);
		this.history.created(this.type, entity.getId(), describe(formOf(entity)));
		return new FormPage(page(entity), Map.of());
	}

	@Override
	@Transactional
	public FormPage update(long id, F form, Errors errors) {
		E entity = find(id);
		if (entity.getVersion() != form.getVersion()) {
			throw new EditConflictException(conflict(entity, form));
		}
		validate(form, id, errors);
		if (errors.hasErrors()) {
			return new FormPage(page(entity), formChoices());
		}
		Map<String, String> before = describe(formOf(entity));
		applyForm(form, entity);
		try {
			this.repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException(null);
		}
		this.history.updated(this.type, id, before, describe(formOf(entity)));
		return new FormPage(page(entity), Map.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Conflict conflict(long id, F yours) {
		return conflict(find(id), yours);
	}

	private Conflict conflict(E theirs, F yours) {
		List<ChangeView> changes = RevisionHistory.differences(describe(formOf(theirs)), describe(yours))
			.stream()
			.map((change) -> this.types.show(this.fields, change))
			.toList();
		return new Conflict(page(theirs), changes, formChoices());
	}

	@Override
	@Transactional(readOnly = true)
	public Deletion deletion(long id) {
		E entity = find(id);
		return new Deletion(page(entity), dependants(id), false, false);
	}

	@Override
	@Transactional
	public Deletion delete(long id, long version) {
		E entity = find(id);
		RecordPage page = page(entity);
		List<String> dependants = dependants(id);
		if (!dependants.isEmpty()) {
			return new Deletion(page, dependants, false, false);
		}
		if (entity.getVersion() != version) {
			return new Deletion(page, dependants, false, true);
		}
		Map<String, String> before = describe(formOf(entity));
		beforeDelete(entity);
		this.repository.delete(entity);
		this.repository.flush();
		if (!this.texts.isEmpty()) {
			this.translations.deleteAll(this.type, id);
		}
		this.history.deleted(this.type, id, before);
		return new Deletion(page, dependants, true, false);
	}

	@Override
	@Transactional(readOnly = true)
	public History history(long id) {
		E entity = find(id);
		List<RevisionView> revisions = this.history.history(this.type, id)
			.stream()
			.map((revision) -> new RevisionView(revision.getAction(), revision.getChangedAt(), revision.getChangedBy(),
					revision.getChanges().stream().map((change) -> this.types.show(this.fields, change)).toList()))
			.toList();
		return new History(page(entity), revisions);
	}

	/**
	 * The lines of the admin list for these records, each with its detail and the
	 * languages its texts lack a translation into.
	 */
	protected List<RecordRow> rows(List<E> entities, Function<E, String> detail) {
		Map<Long, Set<String>> translated = this.texts.isEmpty() ? Map.of() : this.translations.translatedOf(this.type);
		return entities.stream()
			.map((entity) -> new RecordRow(entity.getId(), label(entity), detail.apply(entity), entity.getUpdatedAt(),
					entity.getUpdatedBy(),
					this.texts.isEmpty() ? null : missing(entity, translated.getOrDefault(entity.getId(), Set.of()))))
			.toList();
	}

	/**
	 * The languages some text of a record lacks a translation into. A name needs none in
	 * a language of its own script.
	 */
	private List<String> missing(E entity, Set<String> translated) {
		String written = ((TextRecord) entity).getTextLanguage();
		List<String> missing = new ArrayList<>();
		for (String language : Languages.besides(written)) {
			for (TextFields.Text<E> text : this.texts.texts()) {
				String value = text.value().apply(entity);
				boolean needed = value != null && !value.isBlank()
						&& !(text.field().kind() == TextField.Kind.NAME && Languages.sameScript(written, language));
				if (needed && !translated.contains(Translations.key(text.field().key(), language))) {
					missing.add(language);
					break;
				}
			}
		}
		return missing;
	}

	@Override
	@Transactional(readOnly = true)
	public Translating translations(long id) {
		E entity = find(id);
		TranslationsForm form = new TranslationsForm();
		Map<String, String> stored = this.translations.of(this.type, id);
		for (String key : translationKeys(entity)) {
			form.getTexts().put(key, stored.get(key));
		}
		form.setVersion(entity.getVersion());
		return translating(entity, form);
	}

	@Override
	@Transactional
	public Translating saveTranslations(long id, TranslationsForm form, Errors errors) {
		E entity = find(id);
		List<String> keys = translationKeys(entity);
		Map<String, String> yours = new LinkedHashMap<>();
		for (String key : keys) {
			String text = form.getTexts().get(key);
			yours.put(key, (text != null) ? text.strip() : "");
		}
		form.setTexts(new LinkedHashMap<>(yours));
		Map<String, String> stored = this.translations.of(this.type, id);
		Map<String, String> before = new LinkedHashMap<>();
		for (String key : keys) {
			before.put(key, stored.getOrDefault(key, ""));
		}
		if (entity.getVersion() != form.getVersion()) {
			List<ChangeView> changes = RevisionHistory.differences(before, yours)
				.stream()
				.map((change) -> this.types.show(this.fields, change))
				.toList();
			throw new EditConflictException(new Conflict(page(entity), changes, Map.of()));
		}
		checkTranslations(entity, yours, errors);
		if (errors.hasErrors()) {
			return translating(entity, form);
		}
		if (!RevisionHistory.differences(before, yours).isEmpty()) {
			this.translations.save(this.type, id, yours);
			entity.markChanged();
			try {
				this.repository.flush();
			}
			catch (OptimisticLockingFailureException ex) {
				throw new EditConflictException(null);
			}
			this.history.updated(this.type, id, before, yours);
		}
		form.setVersion(entity.getVersion());
		return translating(entity, form);
	}

	/**
	 * The same rules as for the texts as written: visible characters in lines and names,
	 * no noncharacters (which no page can carry) anywhere, lengths.
	 */
	private void checkTranslations(E entity, Map<String, String> texts, Errors errors) {
		for (TextFields.Text<E> text : this.texts.texts()) {
			for (String language : Languages.besides(((TextRecord) entity).getTextLanguage())) {
				String key = Translations.key(text.field().key(), language);
				String value = texts.get(key);
				if (value == null || value.isEmpty()) {
					continue;
				}
				String path = "texts[" + key + "]";
				int hidden = (text.field().kind() != TextField.Kind.PARAGRAPH)
						? VisibleText.Validator.firstHidden(value) : VisibleText.Validator.firstNoncharacter(value);
				if (hidden >= 0) {
					errors.rejectValue(path, "translation.hidden",
							new Object[] { String.format(Locale.ROOT, "U+%04X", hidden) }, null);
				}
				else if (value.codePointCount(0, value.length()) > text.field().maxLength()) {
					errors.rejectValue(path, "CodePointLength", new Object[] { key, text.field().maxLength(), 0 },
							null);
				}
			}
		}
	}

	/**
	 * The form keys of a record's translations: each text, in each language but its own.
	 */
	private List<String> translationKeys(E entity) {
		List<String> keys = new ArrayList<>();
		if (this.texts.isEmpty()) {
			return keys;
		}
		for (TextField field : this.texts.fields()) {
			for (String language : Languages.besides(((TextRecord) entity).getTextLanguage())) {
				keys.add(Translations.key(field.key(), language));
			}
		}
		return keys;
	}

	private Translating translating(E entity, TranslationsForm form) {
		if (this.texts.isEmpty()) {
			throw new NotFoundException("No translations of " + this.type);
		}
		String written = ((TextRecord) entity).getTextLanguage();
		List<String> languages = Languages.besides(written);
		List<TranslatedText> texts = this.texts.texts()
			.stream()
			.map((text) -> new TranslatedText(text.field().key(), message(text.field().label()),
					text.value().apply(entity), text.field().kind(), text.field().maxLength(), languages,
					languages.stream().map((language) -> Translations.key(text.field().key(), language)).toList()))
			.toList();
		return new Translating(page(entity), written, texts, form);
	}

	/** These records as choices for forms, each by its id and the given name. */
	protected List<Choice> choices(List<E> entities, Function<E, String> name) {
		return entities.stream().map((entity) -> Choice.of(entity.getId(), name.apply(entity))).toList();
	}

	/** The records this type's form chooses from, read in the caller's transaction. */
	private Map<String, List<Choice>> formChoices() {
		Map<String, List<Choice>> choices = new LinkedHashMap<>();
		for (String chosen : choosesFrom()) {
			choices.put(chosen, this.types.find(chosen).map(RecordType::choices).orElseThrow());
		}
		return choices;
	}

	/** What depends on a record of this type, as messages; empty when nothing does. */
	protected List<String> dependants(long id) {
		return this.types.dependants(this.type, String.valueOf(id));
	}

	protected E find(long id) {
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("No " + this.type + " " + id));
	}

	private RecordPage page(E entity) {
		return new RecordPage(entity.getId(), label(entity), RecordStamps.of(entity));
	}

	/** A message in the editor's language, for texts such as a record's name. */
	protected String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * The record a form chose, found through its type's repository; null for no choice.
	 */
	protected static <T, K> T chosen(K key, Function<K, Optional<T>> finder) {
		return (key != null) ? finder.apply(key).orElse(null) : null;
	}

	/**
	 * Checks that a chosen record exists; an unknown or missing one becomes a field
	 * error. A field that already has an error (a blank required field, a value that is
	 * not a number) keeps that one message.
	 */
	protected static <K> void checkExists(K key, Predicate<K> exists, boolean required, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (key == null) {
			if (required) {
				errors.rejectValue(field, "required");
			}
			return;
		}
		if (!exists.test(key)) {
			errors.rejectValue(field, "unknown");
		}
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

}

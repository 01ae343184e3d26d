package org.bilateral.common.admin;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bilateral.common.text.Languages;
import org.bilateral.common.web.Bidi;
import org.bilateral.common.web.DatabaseOutage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages every record type shares: the list, the new and edit forms, deletion
 * with confirmation, and the revision history. Subclasses map it under
 * {@code /admin/{type}}; the form template is {@code admin/{type}/form}, and the choices
 * it offers come from what the type declares, read with the page, so error re-renders
 * have them too. Each page is one call to the type's {@link RecordAdmin}, so one
 * transaction.
 *
 * <p>
 * A form with errors comes back with status 422 and everything typed; a save based on an
 * outdated version comes back with status 409, the editor's input kept and the other
 * editor's values shown beside it. A value the database refuses at save time (the checks
 * before saving missed it, or another editor saved a clashing value meanwhile) comes back
 * as an error on the form too, with status 422. Success redirects with a flash message.
 * While PostgreSQL cannot be reached, a posted form comes back with status 503,
 * everything typed and the message that nothing was saved.
 */
public abstract class RecordAdminController<F extends RecordForm> {

	private static final String TRANSLATIONS_VIEW = "admin/records/translations";

	private static final Log logger = LogFactory.getLog(RecordAdminController.class);

	private final RecordAdmin<F> admin;

	private MessageSource messages;

	/**
	 * The records the form last offered to choose from, for showing it again while
	 * PostgreSQL cannot be reached.
	 */
	private volatile Map<String, List<Choice>> choices = Map.of();

	protected RecordAdminController(RecordAdmin<F> admin) {
		this.admin = admin;
	}

	@Autowired
	void setMessageSource(MessageSource messages) {
		this.messages = messages;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** The form template: {@code admin/<type>/form}. */
	protected String formView() {
		return "admin/" + this.admin.type() + "/form";
	}

	@ModelAttribute("type")
	String type() {
		return this.admin.type();
	}

	/** Whether the type's records have texts to translate, and so a language. */
	@ModelAttribute("translatable")
	boolean translatable() {
		return !this.admin.texts().isEmpty();
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return Languages.ALL;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", this.admin.list());
		return "admin/records/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		RecordAdmin.Editing<F> blank = this.admin.blank();
		remember(blank.choices());
		model.addAttribute("form", blank.form());
		model.addAllAttributes(blank.choices());
		return formView();
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		RecordAdmin.FormPage page;
		try {
			if (result.hasErrors()) {
				page = this.admin.check(form, result);
			}
			else {
				try {
					page = this.admin.create(form, result);
				}
				catch (DataIntegrityViolationException ex) {
					StoreRefusals.reject(ex, result);
					page = this.admin.check(form, result);
				}
			}
		}
		catch (RuntimeException ex) {
			return unavailable(ex, null, model, response);
		}
		remember(page.choices());
		if (result.hasErrors()) {
			model.addAllAttributes(page.choices());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formView();
		}
		return saved(page.page(), redirect);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		RecordAdmin.Editing<F> editing = this.admin.edit(id);
		remember(editing.choices());
		model.addAttribute("form", editing.form());
		model.addAllAttributes(editing.choices());
		addPage(editing.page(), model);
		return formView();
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		RecordAdmin.FormPage page;
		try {
			if (result.hasErrors()) {
				page = this.admin.check(id, form, result);
			}
			else {
				try {
					page = this.admin.update(id, form, result);
				}
				catch (EditConflictException ex) {
					RecordAdmin.Conflict conflict = (ex.getConflict() != null) ? ex.getConflict()
							: this.admin.conflict(id, form);
					addPage(conflict.page(), model);
					model.addAllAttributes(conflict.choices());
					model.addAttribute("conflict", conflict.changes());
					form.setVersion(conflict.page().stamps().version());
					response.setStatus(HttpStatus.CONFLICT.value());
					return formView();
				}
				catch (DataIntegrityViolationException ex) {
					StoreRefusals.reject(ex, result);
					page = this.admin.check(id, form, result);
				}
			}
		}
		catch (RuntimeException ex) {
			return unavailable(ex, id, model, response);
		}
		remember(page.choices());
		addPage(page.page(), model);
		if (result.hasErrors()) {
			model.addAllAttributes(page.choices());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formView();
		}
		return saved(page.page(), redirect);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		RecordAdmin.Deletion deletion = this.admin.deletion(id);
		addPage(deletion.page(), model);
		model.addAttribute("dependants", deletion.dependants());
		return "admin/records/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		RecordAdmin.Deletion deletion = this.admin.delete(id, version);
		if (deletion.deleted()) {
			redirect.addFlashAttribute("notice", message("admin.deleted", Bidi.isolated(deletion.page().label())));
			return "redirect:/admin/" + this.admin.type();
		}
		addPage(deletion.page(), model);
		model.addAttribute("dependants", deletion.dependants());
		model.addAttribute("changedMeanwhile", deletion.changedMeanwhile());
		response.setStatus(HttpStatus.CONFLICT.value());
		return "admin/records/delete";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		RecordAdmin.History history = this.admin.history(id);
		addPage(history.page(), model);
		model.addAttribute("revisions", history.revisions());
		return "admin/records/history";
	}

	@GetMapping("/{id}/translations")
	String translations(@PathVariable long id, Model model) {
		RecordAdmin.Translating translating = this.admin.translations(id);
		showTranslations(translating, model);
		model.addAttribute("form", translating.form());
		return TRANSLATIONS_VIEW;
	}

	/**
	 * Saves the translations of a record's texts: like its form, errors come back with
	 * everything typed (422), a save over a colleague's change with their texts beside
	 * the editor's (409), and success redirects with a flash message.
	 */
	@PostMapping("/{id}/translations")
	String saveTranslations(@PathVariable long id, @Valid @ModelAttribute("form") TranslationsForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RecordAdmin.Translating translating;
		try {
			translating = this.admin.saveTranslations(id, form, result);
		}
		catch (EditConflictException ex) {
			RecordAdmin.Translating current = this.admin.translations(id);
			showTranslations(current, model);
			List<ChangeView> changes = (ex.getConflict() != null) ? ex.getConflict().changes() : List.of();
			model.addAttribute("conflict", changes);
			form.setVersion(current.page().stamps().version());
			response.setStatus(HttpStatus.CONFLICT.value());
			return TRANSLATIONS_VIEW;
		}
		showTranslations(translating, model);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return TRANSLATIONS_VIEW;
		}
		redirect.addFlashAttribute("notice",
				message("admin.translations.saved", Bidi.isolated(translating.page().label())));
		return "redirect:/admin/" + this.admin.type() + "/" + id + "/translations";
	}

	private static void showTranslations(RecordAdmin.Translating translating, Model model) {
		addPage(translating.page(), model);
		model.addAttribute("textLanguage", translating.language());
		model.addAttribute("texts", translating.texts());
	}

	private void remember(Map<String, List<Choice>> offered) {
		if (!offered.isEmpty()) {
			this.choices = offered;
		}
	}

	/**
	 * The form again, when PostgreSQL could not be reached: with everything typed, the
	 * choices it was last shown with, and the message that nothing was saved (status 503,
	 * so that nothing takes it for a success).
	 */
	private String unavailable(RuntimeException failure, @Nullable Long id, Model model, HttpServletResponse response) {
		if (!DatabaseOutage.causedBy(failure)) {
			throw failure;
		}
		logger.warn(
				"PostgreSQL could not be reached; a " + this.admin.type() + " form is shown again unsaved: " + failure);
		model.addAllAttributes(this.choices);
		if (id != null) {
			model.addAttribute("id", id);
			model.addAttribute("label", message("admin.unavailable.label", id));
		}
		model.addAttribute("unavailable", message("admin.unavailable"));
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		return formView();
	}

	private String saved(RecordPage page, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", message("admin.saved", Bidi.isolated(page.label())));
		return "redirect:/admin/" + this.admin.type() + "/" + page.id();
	}

	private static void addPage(RecordPage page, Model model) {
		model.addAttribute("id", page.id());
		model.addAttribute("label", page.label());
		model.addAttribute("stamps", page.stamps());
	}

}

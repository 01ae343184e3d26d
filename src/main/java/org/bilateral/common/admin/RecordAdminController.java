package org.bilateral.common.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.bilateral.common.EditConflictException;
import org.bilateral.history.FieldChange;
import org.bilateral.history.RevisionHistory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * {@code /admin/{type}}, name the form template and add their reference lists as
 * {@code @ModelAttribute} methods, so error re-renders have them too.
 *
 * <p>
 * A form with errors comes back with status 422 and everything typed; a save based on an
 * outdated version comes back with status 409, the editor's input kept and the other
 * editor's values shown beside it. Success redirects with a flash message.
 */
public abstract class RecordAdminController<F extends RecordForm> {

	private final RecordAdmin<F> admin;

	private final RevisionHistory history;

	protected RecordAdminController(RecordAdmin<F> admin, RevisionHistory history) {
		this.admin = admin;
		this.history = history;
	}

	private MessageSource messages;

	@Autowired
	void setMessageSource(MessageSource messages) {
		this.messages = messages;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** The form template, e.g. {@code admin/visits/form}. */
	protected abstract String formView();

	@ModelAttribute("type")
	String type() {
		return this.admin.type();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", this.admin.list());
		return "admin/records/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", this.admin.newForm());
		return formView();
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Long id = null;
		if (result.hasErrors()) {
			this.admin.check(form, null, result);
		}
		else {
			id = this.admin.create(form, result);
		}
		if (id == null || result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formView();
		}
		redirect.addFlashAttribute("notice", message("admin.saved", this.admin.label(id)));
		return "redirect:/admin/" + this.admin.type() + "/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", this.admin.load(id));
		addRecord(id, model);
		return formView();
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		addRecord(id, model);
		if (result.hasErrors()) {
			this.admin.check(form, id, result);
		}
		else {
			try {
				this.admin.update(id, form, result);
			}
			catch (EditConflictException ex) {
				F theirs = this.admin.load(id);
				List<FieldChange> differences = RevisionHistory.differences(this.admin.describe(theirs),
						this.admin.describe(form));
				model.addAttribute("conflict", differences);
				model.addAttribute("stamps", this.admin.stamps(id));
				form.setVersion(ex.getCurrentVersion());
				response.setStatus(HttpStatus.CONFLICT.value());
				return formView();
			}
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formView();
		}
		redirect.addFlashAttribute("notice", message("admin.saved", this.admin.label(id)));
		return "redirect:/admin/" + this.admin.type() + "/" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		addRecord(id, model);
		model.addAttribute("dependants", this.admin.dependants(id));
		return "admin/records/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		addRecord(id, model);
		List<String> dependants = this.admin.dependants(id);
		if (!dependants.isEmpty()) {
			model.addAttribute("dependants", dependants);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "admin/records/delete";
		}
		try {
			this.admin.delete(id, version);
		}
		catch (EditConflictException ex) {
			model.addAttribute("dependants", dependants);
			model.addAttribute("changedMeanwhile", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "admin/records/delete";
		}
		redirect.addFlashAttribute("notice", message("admin.deleted", model.getAttribute("label")));
		return "redirect:/admin/" + this.admin.type();
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		addRecord(id, model);
		model.addAttribute("revisions", this.history.history(this.admin.type(), id));
		return "admin/records/history";
	}

	private void addRecord(long id, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("label", this.admin.label(id));
		model.addAttribute("stamps", this.admin.stamps(id));
	}

}

package org.bilateral.relation.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.relation.RelationAdmin;
import org.bilateral.relation.RelationForm;
import org.bilateral.common.admin.RecordTypes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for country pairs at {@code /admin/relations}.
 */
@Controller
@RequestMapping("/admin/relations")
class RelationAdminController extends RecordAdminController<RelationForm> {

	private final RecordTypes recordTypes;

	RelationAdminController(RelationAdmin admin, RecordTypes recordTypes) {
		super(admin);
		this.recordTypes = recordTypes;
	}

	@Override
	protected String formView() {
		return "admin/relations/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.recordTypes.addChoices(model, "countries", "sources");
	}

}

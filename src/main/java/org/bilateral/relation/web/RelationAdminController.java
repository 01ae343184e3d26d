package org.bilateral.relation.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.common.admin.ReferenceData;
import org.bilateral.history.RevisionHistory;

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

	private final ReferenceData referenceData;

	RelationAdminController(RelationAdmin admin, RevisionHistory history, ReferenceData referenceData) {
		super(admin, history);
		this.referenceData = referenceData;
	}

	@Override
	protected String formView() {
		return "admin/relations/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.referenceData.addTo(model, ReferenceData.List.COUNTRIES, ReferenceData.List.SOURCES);
	}

}

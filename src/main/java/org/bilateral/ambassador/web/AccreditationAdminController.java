package org.bilateral.ambassador.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.common.admin.ReferenceData;
import org.bilateral.history.RevisionHistory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for heads of mission at {@code /admin/ambassadors}.
 */
@Controller
@RequestMapping("/admin/ambassadors")
class AccreditationAdminController extends RecordAdminController<AccreditationForm> {

	private final ReferenceData referenceData;

	AccreditationAdminController(AccreditationAdmin admin, RevisionHistory history, ReferenceData referenceData) {
		super(admin, history);
		this.referenceData = referenceData;
	}

	@Override
	protected String formView() {
		return "admin/ambassadors/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.referenceData.addTo(model, ReferenceData.List.RELATIONS, ReferenceData.List.PEOPLE,
				ReferenceData.List.COUNTRIES, ReferenceData.List.SOURCES);
	}

}

package org.bilateral.agreement.web;

import org.bilateral.agreement.AgreementStatus;
import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.common.admin.ReferenceData;
import org.bilateral.history.RevisionHistory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for the legal framework at {@code /admin/agreements}.
 */
@Controller
@RequestMapping("/admin/agreements")
class AgreementAdminController extends RecordAdminController<AgreementForm> {

	private final ReferenceData referenceData;

	AgreementAdminController(AgreementAdmin admin, RevisionHistory history, ReferenceData referenceData) {
		super(admin, history);
		this.referenceData = referenceData;
	}

	@Override
	protected String formView() {
		return "admin/agreements/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.referenceData.addTo(model, ReferenceData.List.RELATIONS, ReferenceData.List.SOURCES);
		model.addAttribute("statuses", AgreementStatus.values());
	}

}

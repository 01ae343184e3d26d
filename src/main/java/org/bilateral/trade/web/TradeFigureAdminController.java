package org.bilateral.trade.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.common.admin.ReferenceData;
import org.bilateral.history.RevisionHistory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for trade figures at {@code /admin/trade-figures}.
 */
@Controller
@RequestMapping("/admin/trade-figures")
class TradeFigureAdminController extends RecordAdminController<TradeFigureForm> {

	private final ReferenceData referenceData;

	TradeFigureAdminController(TradeFigureAdmin admin, RevisionHistory history, ReferenceData referenceData) {
		super(admin, history);
		this.referenceData = referenceData;
	}

	@Override
	protected String formView() {
		return "admin/trade-figures/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.referenceData.addTo(model, ReferenceData.List.RELATIONS, ReferenceData.List.COUNTRIES,
				ReferenceData.List.SOURCES);
	}

}

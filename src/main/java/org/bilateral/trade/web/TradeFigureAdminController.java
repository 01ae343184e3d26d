package org.bilateral.trade.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.trade.TradeFigureAdmin;
import org.bilateral.trade.TradeFigureForm;
import org.bilateral.common.admin.RecordTypes;

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

	private final RecordTypes recordTypes;

	TradeFigureAdminController(TradeFigureAdmin admin, RecordTypes recordTypes) {
		super(admin);
		this.recordTypes = recordTypes;
	}

	@Override
	protected String formView() {
		return "admin/trade-figures/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.recordTypes.addChoices(model, "relations", "countries", "sources");
	}

}

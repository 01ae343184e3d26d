package org.bilateral.trade.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.trade.TradeFigureAdmin;
import org.bilateral.trade.TradeFigureForm;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for trade figures at {@code /admin/trade-figures}.
 */
@Controller
@RequestMapping("/admin/trade-figures")
class TradeFigureAdminController extends RecordAdminController<TradeFigureForm> {

	TradeFigureAdminController(TradeFigureAdmin admin) {
		super(admin);
	}

}

package org.bilateral.source.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.source.SourceAdmin;
import org.bilateral.source.SourceForm;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for sources at {@code /admin/sources}.
 */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController extends RecordAdminController<SourceForm> {

	SourceAdminController(SourceAdmin admin) {
		super(admin);
	}

}

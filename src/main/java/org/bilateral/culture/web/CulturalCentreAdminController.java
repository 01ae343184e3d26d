package org.bilateral.culture.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.culture.CulturalCentreAdmin;
import org.bilateral.culture.CulturalCentreForm;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for cultural centres at {@code /admin/cultural-centres}.
 */
@Controller
@RequestMapping("/admin/cultural-centres")
class CulturalCentreAdminController extends RecordAdminController<CulturalCentreForm> {

	CulturalCentreAdminController(CulturalCentreAdmin admin) {
		super(admin);
	}

}

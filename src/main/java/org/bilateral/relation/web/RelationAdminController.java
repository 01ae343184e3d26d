package org.bilateral.relation.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.relation.RelationAdmin;
import org.bilateral.relation.RelationForm;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for country pairs at {@code /admin/relations}.
 */
@Controller
@RequestMapping("/admin/relations")
class RelationAdminController extends RecordAdminController<RelationForm> {

	RelationAdminController(RelationAdmin admin) {
		super(admin);
	}

}

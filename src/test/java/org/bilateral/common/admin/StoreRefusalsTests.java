package org.bilateral.common.admin;

import org.bilateral.visit.VisitForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StoreRefusalsTests {

	@ParameterizedTest
	@CsvSource(nullValues = "none", textBlock = """
			visit_slug_check,              slug
			visit_title_check,             title
			visit_source_id_fkey,          sourceId
			visit_host_country_code_fkey,  hostCountryCode
			visit_starts_on_check,         starts
			visit_event_participation_id_fkey, none
			visit_date_order_check,        none
			visit_pkey,                    none
			""")
	void aConstraintNamesTheFieldItGuards(String constraint, String field) {
		assertThat(StoreRefusals.field(constraint, new VisitForm())).isEqualTo(field);
	}

}

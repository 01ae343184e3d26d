package org.bilateral;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What every test of the admin pages works with: an {@link Editor} who acts through the
 * forms, MockMvc to read the public pages as a reader does, the database to check what
 * was stored, and the {@link TestRecords} to find seeded records and make new ones.
 * Whatever a test makes, through the forms or directly, is removed after it.
 */
@PortalTest
public abstract class AdminTest {

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected Editor editor;

	@Autowired
	protected TestRecords records;

}

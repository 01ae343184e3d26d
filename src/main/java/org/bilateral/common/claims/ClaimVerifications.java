package org.bilateral.common.claims;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every time an editor checked a claim again, kept: a new check never replaces an earlier
 * one. Records that make claims read the latest day through a formula on their own row,
 * so a page showing them costs no extra statement.
 */
@Repository
public class ClaimVerifications {

	private final JdbcClient jdbc;

	ClaimVerifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public long record(String claimType, long recordId, LocalDate verifiedOn, String verifiedBy, long sourceId) {
		return this.jdbc.sql("""
				insert into claim_verification (claim_type, record_id, verified_on, verified_by, source_id)
				values (?, ?, ?, ?, ?) returning id""")
			.params(claimType, recordId, verifiedOn, verifiedBy, sourceId)
			.query(Long.class)
			.single();
	}

	/** The checks of one claim, latest first. */
	@Transactional(readOnly = true)
	public List<ClaimVerification> of(String claimType, long recordId) {
		return this.jdbc.sql("""
				select id, claim_type, record_id, verified_on, verified_by, source_id from claim_verification
				where claim_type = ? and record_id = ? order by verified_on desc, id desc""")
			.params(claimType, recordId)
			.query(ClaimVerification.class)
			.list();
	}

	/** How many checks name a source, so that it is not deleted from under them. */
	@Transactional(readOnly = true)
	public long countBySource(long sourceId) {
		return this.jdbc.sql("select count(*) from claim_verification where source_id = ?")
			.param(sourceId)
			.query(Long.class)
			.single();
	}

}

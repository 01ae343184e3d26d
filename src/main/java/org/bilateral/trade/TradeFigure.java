package org.bilateral.trade;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.bilateral.common.AuditedEntity;
import org.bilateral.country.Country;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

/**
 * A year's trade as one country reports it, in millions of US dollars. The turnover is
 * kept as published, which may differ from export + import by rounding; the balance is
 * derived, never stored.
 */
@Entity
public class TradeFigure extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Relation relation;

	private int year;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reporting_country_code")
	private Country reportingCountry;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partner_country_code")
	private Country partnerCountry;

	@Column(name = "export_value")
	private BigDecimal exports;

	@Column(name = "import_value")
	private BigDecimal imports;

	@Column(name = "turnover_value")
	private BigDecimal turnover;

	/** Million US dollars: the only unit the schema allows so far. */
	private String unit = "USD_MILLION";

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	public TradeFigure() {
	}

	public Relation getRelation() {
		return this.relation;
	}

	public int getYear() {
		return this.year;
	}

	public Country getReportingCountry() {
		return this.reportingCountry;
	}

	public Country getPartnerCountry() {
		return this.partnerCountry;
	}

	public BigDecimal getExports() {
		return this.exports;
	}

	public BigDecimal getImports() {
		return this.imports;
	}

	public BigDecimal getTurnover() {
		return this.turnover;
	}

	public String getUnit() {
		return this.unit;
	}

	public Source getSource() {
		return this.source;
	}

	/**
	 * Export less import, from the reporting country's side; null when either is unknown.
	 */
	public BigDecimal getBalance() {
		return (this.exports != null && this.imports != null) ? this.exports.subtract(this.imports) : null;
	}

	/** Export plus import, to compare with the published turnover. */
	public BigDecimal getComputedTurnover() {
		return (this.exports != null && this.imports != null) ? this.exports.add(this.imports) : null;
	}

	/**
	 * Whether the published turnover differs from export + import (rounding in the
	 * source).
	 */
	public boolean isTurnoverDifferentFromSum() {
		BigDecimal sum = getComputedTurnover();
		return sum != null && this.turnover != null && sum.compareTo(this.turnover) != 0;
	}

	void setRelation(Relation relation) {
		this.relation = relation;
	}

	void setYear(int year) {
		this.year = year;
	}

	void setReportingCountry(Country reportingCountry) {
		this.reportingCountry = reportingCountry;
	}

	void setPartnerCountry(Country partnerCountry) {
		this.partnerCountry = partnerCountry;
	}

	void setExports(BigDecimal exports) {
		this.exports = exports;
	}

	void setImports(BigDecimal imports) {
		this.imports = imports;
	}

	void setTurnover(BigDecimal turnover) {
		this.turnover = turnover;
	}

	void setSource(Source source) {
		this.source = source;
	}

}

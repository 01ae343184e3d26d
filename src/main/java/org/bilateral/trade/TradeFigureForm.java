package org.bilateral.trade;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.bilateral.common.admin.VersionedForm;
import org.bilateral.trade.TradeFigure;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A year's trade figure as an editor types it from the source, in million US dollars.
 * Amounts fit the columns (up to 13 digits and one decimal) and are held with one
 * decimal, as the columns keep them; the turnover is typed as published, never computed.
 */
public class TradeFigureForm extends VersionedForm {

	static final int MAX_INTEGER_DIGITS = 13;

	@NotNull
	private Long relationId;

	@NotNull
	@Min(value = 1900, message = "{tradeFigure.year.range}")
	@Max(value = 2200, message = "{tradeFigure.year.range}")
	private Integer year;

	@NotNull
	@CodePointLength(max = 2)
	private String reportingCountryCode;

	@NotNull
	@CodePointLength(max = 2)
	private String partnerCountryCode;

	@PositiveOrZero(message = "{number.notNegative}")
	@Digits(integer = MAX_INTEGER_DIGITS, fraction = 1, message = "{tradeFigure.amount.digits}")
	private BigDecimal exports;

	@PositiveOrZero(message = "{number.notNegative}")
	@Digits(integer = MAX_INTEGER_DIGITS, fraction = 1, message = "{tradeFigure.amount.digits}")
	private BigDecimal imports;

	@PositiveOrZero(message = "{number.notNegative}")
	@Digits(integer = MAX_INTEGER_DIGITS, fraction = 1, message = "{tradeFigure.amount.digits}")
	private BigDecimal turnover;

	private Long sourceId;

	public static TradeFigureForm from(TradeFigure figure) {
		TradeFigureForm form = new TradeFigureForm();
		form.relationId = figure.getRelation().getId();
		form.year = figure.getYear();
		form.reportingCountryCode = figure.getReportingCountry().getCode();
		form.partnerCountryCode = figure.getPartnerCountry().getCode();
		form.exports = figure.getExports();
		form.imports = figure.getImports();
		form.turnover = figure.getTurnover();
		form.sourceId = (figure.getSource() != null) ? figure.getSource().getId() : null;
		form.setVersion(figure.getVersion());
		return form;
	}

	/**
	 * An amount as the column keeps it: "26", "26.0" and "26.00" are all 26.0, so
	 * comparing versions or recording history never reports a change that is none. More
	 * decimals or digits are kept as typed, for validation to refuse.
	 */
	static BigDecimal oneDecimal(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		boolean fits = stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS;
		return (fits && stripped.scale() <= 1) ? stripped.setScale(1) : amount;
	}

	public Long getRelationId() {
		return this.relationId;
	}

	public void setRelationId(Long relationId) {
		this.relationId = relationId;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getReportingCountryCode() {
		return this.reportingCountryCode;
	}

	public void setReportingCountryCode(String reportingCountryCode) {
		this.reportingCountryCode = reportingCountryCode;
	}

	public String getPartnerCountryCode() {
		return this.partnerCountryCode;
	}

	public void setPartnerCountryCode(String partnerCountryCode) {
		this.partnerCountryCode = partnerCountryCode;
	}

	public BigDecimal getExports() {
		return this.exports;
	}

	public void setExports(BigDecimal exports) {
		this.exports = oneDecimal(exports);
	}

	public BigDecimal getImports() {
		return this.imports;
	}

	public void setImports(BigDecimal imports) {
		this.imports = oneDecimal(imports);
	}

	public BigDecimal getTurnover() {
		return this.turnover;
	}

	public void setTurnover(BigDecimal turnover) {
		this.turnover = oneDecimal(turnover);
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

}

package org.bilateral.source;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.bilateral.common.StorableDate;
import org.bilateral.common.VisibleText;
import org.bilateral.common.admin.VersionedForm;
import org.bilateral.source.Source;
import org.hibernate.validator.constraints.CodePointLength;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A source as an editor edits it. Its address must be a web address (http or https), so
 * no other kind of link reaches a public page.
 */
public class SourceForm extends VersionedForm {

	@NotBlank
	@CodePointLength(max = 300)
	@VisibleText
	private String title;

	@NotBlank
	@CodePointLength(max = 300)
	@VisibleText
	private String publisher;

	@CodePointLength(max = 2000)
	@Pattern(regexp = "(?i)https?://[^\\s<>\"]+", message = "{source.url.pattern}")
	private String url;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	@StorableDate
	private LocalDateTime publishedCreatedAt;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	@StorableDate
	private LocalDateTime publishedUpdatedAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@StorableDate
	private LocalDate accessedOn;

	public static SourceForm from(Source source) {
		SourceForm form = new SourceForm();
		form.title = source.getTitle();
		form.publisher = source.getPublisher();
		form.url = source.getUrl();
		form.publishedCreatedAt = source.getPublishedCreatedAt();
		form.publishedUpdatedAt = source.getPublishedUpdatedAt();
		form.accessedOn = source.getAccessedOn();
		form.setVersion(source.getVersion());
		return form;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public LocalDateTime getPublishedCreatedAt() {
		return this.publishedCreatedAt;
	}

	public void setPublishedCreatedAt(LocalDateTime publishedCreatedAt) {
		this.publishedCreatedAt = publishedCreatedAt;
	}

	public LocalDateTime getPublishedUpdatedAt() {
		return this.publishedUpdatedAt;
	}

	public void setPublishedUpdatedAt(LocalDateTime publishedUpdatedAt) {
		this.publishedUpdatedAt = publishedUpdatedAt;
	}

	public LocalDate getAccessedOn() {
		return this.accessedOn;
	}

	public void setAccessedOn(LocalDate accessedOn) {
		this.accessedOn = accessedOn;
	}

}

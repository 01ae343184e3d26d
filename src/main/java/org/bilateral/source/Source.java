package org.bilateral.source;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;

import org.bilateral.common.TextRecord;

/**
 * A published document that records cite: its title, publisher, address and the stamps it
 * carries. Pages show it beside the facts it supports.
 */
@Entity
public class Source extends TextRecord {

	@Override
	public String recordType() {
		return SourceAdmin.TYPE;
	}

	private String title;

	private String publisher;

	private String url;

	private LocalDateTime publishedCreatedAt;

	private LocalDateTime publishedUpdatedAt;

	private LocalDate accessedOn;

	public Source() {
	}

	public Source(String title, String publisher) {
		this.title = title;
		this.publisher = publisher;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getUrl() {
		return this.url;
	}

	public LocalDateTime getPublishedCreatedAt() {
		return this.publishedCreatedAt;
	}

	public LocalDateTime getPublishedUpdatedAt() {
		return this.publishedUpdatedAt;
	}

	public LocalDate getAccessedOn() {
		return this.accessedOn;
	}

	void setTitle(String title) {
		this.title = title;
	}

	void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	void setUrl(String url) {
		this.url = url;
	}

	void setPublishedCreatedAt(java.time.LocalDateTime publishedCreatedAt) {
		this.publishedCreatedAt = publishedCreatedAt;
	}

	void setPublishedUpdatedAt(java.time.LocalDateTime publishedUpdatedAt) {
		this.publishedUpdatedAt = publishedUpdatedAt;
	}

	void setAccessedOn(java.time.LocalDate accessedOn) {
		this.accessedOn = accessedOn;
	}

}

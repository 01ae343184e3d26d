package org.bilateral.browser;

/**
 * The screens the portal is checked on: a phone held upright and a laptop.
 */
public enum Viewport {

	/** 390 × 844 CSS pixels, a common phone, emulated as a mobile device. */
	PHONE("phone", 390, 844, true),

	/** 1280 × 800 CSS pixels. */
	DESKTOP("desktop", 1280, 800, false);

	private final String label;

	private final int width;

	private final int height;

	private final boolean mobile;

	Viewport(String label, int width, int height, boolean mobile) {
		this.label = label;
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	public String label() {
		return this.label;
	}

	public int width() {
		return this.width;
	}

	public int height() {
		return this.height;
	}

	public boolean mobile() {
		return this.mobile;
	}

	@Override
	public String toString() {
		return this.label + " " + this.width + "×" + this.height;
	}

}

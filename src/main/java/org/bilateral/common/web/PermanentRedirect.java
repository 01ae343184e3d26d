package org.bilateral.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A 301 answer: the address moved for good, so browsers, search engines and anyone who
 * shared the old link end up at the current one.
 */
public final class PermanentRedirect {

	private PermanentRedirect() {
	}

	public static ModelAndView to(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}

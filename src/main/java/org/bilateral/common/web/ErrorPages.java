package org.bilateral.common.web;

import org.bilateral.common.NotFoundException;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers a missing record or an unknown address with the site's 404 page, and a record
 * changed by someone else in the meantime with the 409 page, rendered by the application
 * itself rather than the servlet container's error forwarding. Access refused by Spring
 * Security is answered by the 403 page ({@code error/403.html}) through the error page.
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler({ NotFoundException.class, NoHandlerFoundException.class, NoResourceFoundException.class,
			MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * A form posted with a field no form has (such as a list row far beyond any offered).
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest() {
		return "error/400";
	}

	/**
	 * Two editors saved clashing records at the same moment (the checks before saving
	 * passed for both); the database kept one, and the other is told it changed
	 * meanwhile.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class,
			ConstraintViolationException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

}

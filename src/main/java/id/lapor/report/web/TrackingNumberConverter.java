package id.lapor.report.web;

import id.lapor.report.ReportNotFoundException;
import id.lapor.report.TrackingNumber;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a tracking number in a URL ({@code @PathVariable TrackingNumber number}) as a person would type it
 * ({@link TrackingNumber#parse}). Boot registers it with Spring MVC as a bean. A number that cannot be one names no
 * report: {@link ReportNotFoundException}, answered 404 by {@link ReportNotFoundAdvice} like a report that does not
 * exist.
 */
@Component
class TrackingNumberConverter implements Converter<String, TrackingNumber> {

	@Override
	public TrackingNumber convert(String source) {
		return TrackingNumber.parse(source).orElseThrow(ReportNotFoundException::new);
	}
}

package id.lapor.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Bahasa Indonesia by default; {@code ?lang=en} switches to English and a cookie remembers the choice. Scripts and
 * styles are served for a year and never asked for again: pages link them by a versioned address.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@Bean
	LocaleResolver localeResolver() {

		// Only the two languages the pages have are remembered; any other ?lang= value means Indonesian, so the cookie,
		// and anything keyed by the locale, takes one of two values.
		var resolver = new CookieLocaleResolver("lapor-lang") {
			@Override
			public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable LocaleContext localeContext) {
				var locale = localeContext == null ? null : localeContext.getLocale();
				super.setLocaleContext(request, response, new SimpleLocaleContext(
						locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN));
			}
		};
		// Pages speak Indonesian until the reader switches; API clients may ask with Accept-Language.
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
				&& request.getHeader("Accept-Language") != null
				&& "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * A phone on a metered connection downloads Bootstrap once, not with every page. Pages link the libraries with their
	 * version in the path ({@code /webjars/bootstrap/5.3.8/…}) and the app's own files with a hash of their content
	 * ({@code /assets/css/app-<md5>.css}, rewritten by the resource chain), so an address never changes its content and
	 * may be cached as immutable; a new release links new addresses. Replaces Boot's handlers
	 * ({@code spring.web.resources.add-mappings=false}), whose cache settings cannot say {@code immutable}.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {

		var forever = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
		registry.addResourceHandler("/webjars/**")
				.addResourceLocations("classpath:/META-INF/resources/webjars/")
				.setCacheControl(forever)
				.resourceChain(true)
				.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/assets/**")
				.addResourceLocations("classpath:/static/")
				.setCacheControl(forever)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {

		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}

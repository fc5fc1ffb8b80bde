package itu.tsb.visa.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every answer says in {@code Content-Language} which language {@link ReaderLanguage} chose for it, so that a
 * client that asked in {@code Accept-Language} knows what it got (an answer that sets its own, a history in
 * the language asked for, keeps it).
 */
@Configuration
class ContentLanguage implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ReaderLanguage.current());
                return true;
            }
        });
    }
}

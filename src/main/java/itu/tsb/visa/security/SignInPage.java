package itu.tsb.visa.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /login} is where the sign-in form posts; a person who types it in the address bar (or follows an
 * old bookmark) is sent to the sign-in page rather than shown a 404. A page, not an API call: it is not in
 * the API's description.
 */
@Configuration(proxyBeanMethods = false)
class SignInPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/login", "/login.html");
    }
}

package itu.tsb.visa.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} of the application. Every deadline is computed in {@link #GENEVA}. */
@Configuration
public class TimeConfig {

    /** TSB is in Geneva: every date a rule speaks of is a Geneva date. */
    public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(GENEVA);
    }
}

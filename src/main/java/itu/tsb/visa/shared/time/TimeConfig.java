package itu.tsb.visa.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} of the application. Every deadline is computed in {@link #GENEVA}. */
@Configuration
public class TimeConfig {

    /** TSB is in Geneva: every date a rule speaks of is a Geneva date. */
    public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    /**
     * The system clock in Geneva. With {@code visa.clock.replayable} (the demo profile) it can be pinned to
     * a past instant while the demo replays its 2010 request; never in production.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${visa.clock.replayable:false}") boolean replayable, ApplicationEventPublisher events) {
        Clock system = Clock.system(GENEVA);
        return replayable ? new ReplayableClock(system, events) : system;
    }
}

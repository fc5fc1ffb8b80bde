package itu.tsb.visa.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import itu.tsb.visa.shared.time.TimeConfig;

/** A clock tests move by hand; it keeps the engine's clock on the same instant. */
public class TestClock extends Clock {

    private volatile Instant now;

    public TestClock(Instant start) {
        set(start);
    }

    public final void set(Instant instant) {
        this.now = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Noon, Geneva time, on the given day. */
    public void setDay(LocalDate day) {
        set(ZonedDateTime.of(day.atTime(12, 0), TimeConfig.GENEVA).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return TimeConfig.GENEVA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

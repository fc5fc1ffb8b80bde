package itu.tsb.visa.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RequestStatusTest {

    @Test
    void theQueriesNameAsNotLiveExactlyTheStatusesThatAreNot() {
        Set<RequestStatus> named = EnumSet.noneOf(RequestStatus.class);
        Matcher m = Pattern.compile("RequestStatus\\.([A-Z_]+)").matcher(RequestStatus.NOT_LIVE_IN_QUERIES);
        while (m.find()) {
            named.add(RequestStatus.valueOf(m.group(1)));
        }
        assertThat(named).isEqualTo(EnumSet.complementOf(EnumSet.copyOf(RequestStatus.LIVE)));
    }
}

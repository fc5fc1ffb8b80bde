package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BodySizeLimitTest {

    private final BodySizeLimit filter = new BodySizeLimit(1000);

    /** A body sent in chunks: its length is not declared up front. */
    private static MockHttpServletRequest undeclared(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/meetings") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void aBodyOfUndeclaredLengthIsCutOffOnceItPassesTheLimit() {
        assertThatThrownBy(() -> filter.doFilter(undeclared(5000), new MockHttpServletResponse(),
                (req, res) -> req.getInputStream().readAllBytes())).isInstanceOf(BodySizeLimit.TooLarge.class);
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        int[] read = new int[1];
        filter.doFilter(undeclared(1000), new MockHttpServletResponse(),
                (req, res) -> read[0] = req.getInputStream().readAllBytes().length);

        assertThat(read[0]).isEqualTo(1000);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/meetings");
        request.setContent(new byte[1001]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] reached = new boolean[1];

        filter.doFilter(request, response, (req, res) -> reached[0] = true);

        assertThat(reached[0]).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }
}

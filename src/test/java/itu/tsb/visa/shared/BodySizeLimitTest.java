package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import itu.tsb.visa.shared.web.BodySizeLimit;

class BodySizeLimitTest {

    private final BodySizeLimit filter = new BodySizeLimit(1000, 5000);

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

    /** A request's document may be larger than any other body: up to its own limit, and only there. */
    @Test
    void aDocumentsUploadHasItsOwnLimit() throws Exception {
        boolean[] reached = new boolean[1];
        MockHttpServletRequest document = new MockHttpServletRequest("POST", "/api/requests/7/documents");
        document.setContent(new byte[4000]);
        filter.doFilter(document, new MockHttpServletResponse(), (req, res) -> reached[0] = true);
        assertThat(reached[0]).isTrue();

        MockHttpServletRequest tooBig = new MockHttpServletRequest("POST", "/api/requests/7/documents");
        tooBig.setContent(new byte[5001]);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        filter.doFilter(tooBig, refused, (req, res) -> { throw new AssertionError("read"); });
        assertThat(refused.getStatus()).isEqualTo(413);

        MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/api/requests/7/review");
        elsewhere.setContent(new byte[4000]);
        MockHttpServletResponse refusedElsewhere = new MockHttpServletResponse();
        filter.doFilter(elsewhere, refusedElsewhere, (req, res) -> { throw new AssertionError("read"); });
        assertThat(refusedElsewhere.getStatus()).isEqualTo(413);
    }
}

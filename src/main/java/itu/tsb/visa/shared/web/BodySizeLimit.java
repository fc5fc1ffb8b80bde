package itu.tsb.visa.shared.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body larger than the limit (1 MB; a document's upload 5 MB and its multipart lines) before it is parsed: at once when its declared
 * length is larger, or as soon as that many bytes have been read from a body of undeclared length. The
 * answer is 413 problem+json.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimit extends OncePerRequestFilter {

    private final long limit;
    private final long documentLimit;

    public BodySizeLimit(@Value("${visa.max-body-bytes:1048576}") long limit,
            @Value("${visa.max-document-body-bytes:5505024}") long documentLimit) {
        this.limit = limit;
        this.documentLimit = documentLimit;
    }

    /** A document of a request may be 5 MB: its upload takes that and the multipart's own lines. */
    private long limitFor(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().matches("/api/requests/\\d+/documents")
                ? documentLimit : limit;
    }

    /** Thrown while reading a body of undeclared length that goes past the limit. */
    public static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limitFor(request);
        if (request.getContentLengthLong() > max) {
            refuse(response, max);
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than " + limit + " bytes.\",\"errors\":[]}");
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > limit) {
                            throw new TooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}

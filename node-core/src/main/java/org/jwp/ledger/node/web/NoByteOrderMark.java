package org.jwp.ledger.node.web;

import org.jwp.ledger.node.request.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * A JSON body is read one way only: one that starts with a byte-order mark is refused with 400 (Jackson would skip
 * it silently, so what was signed or checked elsewhere and what this node parsed could differ by those bytes).
 */
@Configuration(proxyBeanMethods = false)
class NoByteOrderMark {

    @Bean
    FilterRegistrationBean<Filter> byteOrderMarkRefused() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // right after the body's size limit
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json")
                    || request.getContentLengthLong() == 0) {
                chain.doFilter(request, response);
                return;
            }
            ServletInputStream original = request.getInputStream();
            PushbackInputStream in = new PushbackInputStream(original, 4);
            byte[] head = in.readNBytes(4);
            if (startsWithMark(head)) {
                Problems.write(response, 400, "the request body starts with a byte-order mark: send JSON as UTF-8 "
                        + "without one");
                return;
            }
            in.unread(head);
            chain.doFilter(new Peeked(request, original, in), response);
        }

        /** UTF-8's mark, and UTF-16's and UTF-32's (Jackson detects those too). */
        private static boolean startsWithMark(byte[] b) {
            int b0 = b.length > 0 ? b[0] & 0xff : -1;
            int b1 = b.length > 1 ? b[1] & 0xff : -1;
            int b2 = b.length > 2 ? b[2] & 0xff : -1;
            return b0 == 0xef && b1 == 0xbb && b2 == 0xbf || b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe
                    || b.length == 4 && b0 == 0 && b1 == 0 && b2 == 0xfe && (b[3] & 0xff) == 0xff;
        }
    }

    /** The request with its first bytes read and put back. */
    private static final class Peeked extends HttpServletRequestWrapper {

        private final ServletInputStream stream;

        Peeked(HttpServletRequest request, ServletInputStream original, PushbackInputStream in) {
            super(request);
            this.stream = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public int available() throws IOException {
                    return in.available();
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0 && original.isFinished();
                    } catch (IOException e) {
                        return original.isFinished();
                    }
                }

                @Override
                public boolean isReady() {
                    return original.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    original.setReadListener(listener);
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }
    }
}

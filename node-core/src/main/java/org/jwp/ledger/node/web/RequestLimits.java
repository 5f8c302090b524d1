package org.jwp.ledger.node.web;

import org.jwp.ledger.node.request.Problems;
import com.fasterxml.jackson.core.StreamReadConstraints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Bounds on what a request may make this node hold (docs/security.md, finding 4): a body larger than
 * {@code ledger.max-request-body} (default 1 MiB) is refused with 413 before any of it is parsed — by its declared
 * length, or, for a body sent without one, as soon as it reads past the limit; JSON nesting, strings and numbers are
 * bounded while parsing; and Tomcat's own error answers are problem+json.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    /** Deeper than any request body of this API nests (3 levels), far below what could exhaust a stack. */
    static final int MAX_NESTING = 16;
    /** A paragraph is at most 4000 characters; a JSON string may spell each as a 6-character escape. */
    static final int MAX_STRING = 32_768;
    static final int MAX_NUMBER = 32;

    @Bean
    FilterRegistrationBean<BodyLimit> bodyLimit(@Value("${ledger.max-request-body:1MB}") DataSize limit) {
        FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(new BodyLimit(limit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedParsing() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER).build()));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorValve.class.getName());
            }
        });
    }

    /** Thrown while reading a body without a declared length, once it has passed the limit. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("the request body is larger than the " + limit + " bytes this node accepts");
        }
    }

    static final class BodyLimit extends OncePerRequestFilter {

        private final long limit;

        BodyLimit(long limit) {
            this.limit = limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > limit) {
                response.setHeader("Connection", "close"); // the rest of the body is not read
                Problems.write(response, 413, "the request body is " + request.getContentLengthLong()
                        + " bytes; this node accepts at most " + limit);
                return;
            }
            chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
        }
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
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
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

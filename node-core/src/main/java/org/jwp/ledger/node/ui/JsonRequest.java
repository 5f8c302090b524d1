package org.jwp.ledger.node.ui;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** The request a form stands for: the same exchange (session, user, CSRF state), as a JSON POST. */
final class JsonRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    JsonRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public String getMethod() {
        return "POST";
    }

    @Override
    public String getContentType() {
        return "application/json";
    }

    @Override
    public String getCharacterEncoding() {
        return "UTF-8";
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getHeader(String name) {
        if ("Content-Type".equalsIgnoreCase(name)) {
            return getContentType();
        }
        return "Accept".equalsIgnoreCase(name) ? "application/json" : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String value = getHeader(name);
        return value == null ? Collections.emptyEnumeration() : Collections.enumeration(
                "Content-Type".equalsIgnoreCase(name) || "Accept".equalsIgnoreCase(name)
                        ? List.of(value) : Collections.list(super.getHeaders(name)));
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the forwarded body is read synchronously");
            }

            @Override
            public int read() {
                return in.read();
            }
        };
    }
}

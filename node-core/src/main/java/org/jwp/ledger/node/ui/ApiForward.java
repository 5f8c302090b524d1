package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Hands a form's request to the API inside the same HTTP exchange (a servlet forward), so a page records through
 * exactly the code, validation and access rules an API client meets, and reads the API's answer.
 */
final class ApiForward {

    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiForward() {
    }

    static Answer post(HttpServletRequest request, HttpServletResponse response, String path, JsonNode body)
            throws ServletException, IOException {
        JsonRequest api = new JsonRequest(request, JSON.writeValueAsBytes(body));
        CapturedResponse answer = new CapturedResponse(response);
        request.getRequestDispatcher(path).forward(api, answer);
        byte[] bytes = answer.bytes();
        return new Answer(answer.getStatus(), bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes));
    }

    private static final class JsonRequest extends HttpServletRequestWrapper {

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
                            ? java.util.List.of(value) : Collections.list(super.getHeaders(name)));
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

    /** Keeps the API's answer for the page to read; nothing of it reaches the browser. */
    private static final class CapturedResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
        private int status = 200;

        CapturedResponse(HttpServletResponse response) {
            super(response);
        }

        byte[] bytes() {
            writer.flush();
            return out.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void setHeader(String name, String value) {
        }

        @Override
        public void addHeader(String name, String value) {
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void reset() {
            out.reset();
        }

        @Override
        public void resetBuffer() {
            out.reset();
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the API's answer is captured synchronously");
                }

                @Override
                public void write(int b) {
                    out.write(b);
                }
            };
        }
    }
}

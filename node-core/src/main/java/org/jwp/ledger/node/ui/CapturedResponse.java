package org.jwp.ledger.node.ui;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Keeps the API's answer for the page to read; nothing of it reaches the browser. */
final class CapturedResponse extends HttpServletResponseWrapper {

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

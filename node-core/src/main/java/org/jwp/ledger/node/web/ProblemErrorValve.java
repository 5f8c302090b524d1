package org.jwp.ledger.node.web;

import org.jwp.ledger.node.request.Problems;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Tomcat's own error answers (a request it refuses before any servlet sees it, such as an undecodable address) as
 * problem+json instead of its HTML report. Keeps the base valve's behaviour for a response that was already committed
 * when it failed: the connection is closed at once, so a client never takes a cut-off body for a whole one.
 */
public class ProblemErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            byte[] body = Problems.json(status, null);
            OutputStream out = response.getOutputStream();
            out.write(body);
            out.flush();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body: nothing more to tell it.
        }
    }
}

package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

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
}

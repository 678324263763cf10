package com.outcomes.preview;

import jakarta.servlet.http.HttpServlet;

/** A servlet and the path spec it is mounted at ({@code /}, {@code /web/*}, …). */
public record ServletRoute(String pathSpec, HttpServlet servlet) {
}

package com.outcomes.port;

import java.util.Map;

/** Renders a Velocity template from core's {@code templates/} folder with a ready view model. */
public interface Templates {

    String render(String templatePath, Map<String, Object> context);
}

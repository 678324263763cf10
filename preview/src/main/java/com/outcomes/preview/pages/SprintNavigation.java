package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

import java.util.Comparator;
import java.util.List;

import com.outcomes.port.Sprint;
import com.outcomes.view.I18n;

/**
 * Above a sprint review: the previous and next sprint by start date, and a picker of every sprint of the work data the
 * viewer may see, so no review is a dead end and sprints older than the dashboard's recent links stay one click away.
 */
final class SprintNavigation {

    private final List<Sprint> allSprints;
    private final VisibleSprints visible;
    private final I18n i18n;

    SprintNavigation(List<Sprint> sprints, VisibleSprints visible, I18n i18n) {
        // sprints without a start date go last, in id order: they cannot be placed in time
        this.allSprints = sprints.stream()
                .sorted(Comparator.comparing(Sprint::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(Sprint::id))
                .toList();
        this.visible = visible;
        this.i18n = i18n;
    }

    /** Neighbours and picker among the sprints the user may see; the others are not named. */
    String html(long currentId, String user) {
        List<Sprint> sprints = allSprints.stream().filter(s -> visible.visibleTo(user, s)).toList();
        int at = -1;
        for (int i = 0; i < sprints.size(); i++) {
            if (sprints.get(i).id() == currentId) {
                at = i;
            }
        }
        StringBuilder html = new StringBuilder(1_024);
        html.append("<nav class=\"oc-root oc-sprint-nav\" aria-label=\"").append(text("outcomes.web.sprints")).append("\">");
        if (at > 0) {
            link(html, sprints.get(at - 1), "prev", "outcomes.web.sprint.previous");
        }
        html.append("<form method=\"get\" action=\"/sprints\" class=\"oc-sprint-picker\"><label for=\"sprint-picker\">")
                .append(text("outcomes.web.sprint.pick")).append("</label><select id=\"sprint-picker\" name=\"sprint\">");
        for (Sprint s : sprints) {
            html.append("<option value=\"").append(s.id()).append('"').append(s.id() == currentId ? " selected" : "")
                    .append('>').append(escape(s.name())).append("</option>");
        }
        html.append("</select><button class=\"oc-button\" type=\"submit\">").append(text("outcomes.web.sprint.show"))
                .append("</button></form>");
        if (at >= 0 && at < sprints.size() - 1) {
            link(html, sprints.get(at + 1), "next", "outcomes.web.sprint.next");
        }
        return html.append("</nav>").toString();
    }

    private void link(StringBuilder html, Sprint sprint, String rel, String key) {
        html.append("<a rel=\"").append(rel).append("\" data-role=\"sprint-").append(rel).append("\" href=\"/sprints/")
                .append(sprint.id()).append("\">").append(escape(i18n.getText(key, sprint.name()))).append("</a>");
    }

    private String text(String key) {
        return escape(i18n.getText(key));
    }
}

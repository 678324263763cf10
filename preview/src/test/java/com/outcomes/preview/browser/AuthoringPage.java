package com.outcomes.preview.browser;

import java.io.IOException;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The Outcome panel as the authoring browser tests drive it: open an issue page once the panel's authoring is wired,
 * fill fields, send a form and wait for the reloaded panel saying what was saved, and take the screenshots at both widths.
 */
final class AuthoringPage {

    static final By PANEL = By.cssSelector("[data-outcomes-panel][data-authoring='wired']");
    private static final By SAVED = By.cssSelector("[data-role='authoring-saved']");

    private final BrowserSession browser;

    AuthoringPage(BrowserSession browser) {
        this.browser = browser;
    }

    WebElement open(String path) {
        browser.open(path);
        return browser.waitFor(PANEL);
    }

    void type(WebElement form, String field, String text) {
        WebElement input = form.findElement(By.name(field));
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take their value from script: typing into one depends on the browser's locale. */
    void setDate(WebElement form, String field, String iso) {
        browser.js("arguments[0].value = arguments[1];", form.findElement(By.name(field)), iso);
    }

    /** Sends a form and waits for the reloaded panel saying what was saved; returns that panel. */
    WebElement submit(WebElement form, String saved) {
        form.findElement(By.cssSelector("button[type='submit']")).click();
        return savedPanel(saved);
    }

    /** Waits for the reloaded panel saying what was saved; returns that panel. */
    WebElement savedPanel(String saved) {
        browser.waitUntil(() -> browser.driver().findElements(SAVED).stream().anyMatch(e -> e.getText().equals(saved)));
        return browser.waitFor(PANEL);
    }

    /** The state at 1440 and 350 px wide, scrolled to the element: {name}-1440.png and {name}-350.png. */
    void shots(String name, WebElement element) throws IOException {
        for (int width : new int[] {1440, 350}) {
            browser.driver().manage().window().setSize(new Dimension(width, 1400));
            browser.js("arguments[0].scrollIntoView({block: 'start'});", element);
            browser.screenshotAlsoAtRoot(name + "-" + width);
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1600));
    }
}

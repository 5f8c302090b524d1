package org.jwp.ledger.node.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** axe-core run on the page a browser shows: the WCAG 2.1 A and AA rules it finds broken. */
final class Axe {

    /** axe-core as ./ledger test installs it (.test-tools/, or LEDGER_TEST_TOOLS). */
    static final Path AXE = Path.of(System.getenv().getOrDefault("LEDGER_TEST_TOOLS",
            Path.of("..", ".test-tools").toString()), "node_modules", "axe-core", "axe.min.js");

    private Axe() {
    }

    /**
     * The violations on the page now shown: one line per rule, with the elements that break it. Fails (never skips)
     * when axe-core is not installed.
     */
    static List<String> violations(Browser browser) {
        String axe;
        try {
            axe = Files.readString(AXE);
        } catch (IOException e) {
            throw new IllegalStateException("the accessibility tests need axe-core at " + AXE.toAbsolutePath()
                    + ": run ./ledger setup-tests (./ledger test does)", e);
        }
        browser.script(axe);
        Object found = browser.scriptAsync("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }
}

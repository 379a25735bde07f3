package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The posix path API, checked against Node.js over a table of inputs (path-table.js). */
class PathTest {
    @Test
    void everyFunctionMatchesNodeOverTheTable() {
        Path file = JsFixtures.copy("path-table.js");
        Scripts.Result host = Scripts.runFile(file, Scripts.DEFAULT_TIMEOUT);
        Scripts.Result node = Scripts.node(file);
        assertEquals(0, node.exitCode(), node.toString());
        assertTrue(node.stdout().lines().count() > 500, "the table is printed");
        assertEquals(node.toString(), host.toString());
    }

    @Test
    void documentedExamples() {
        Scripts.Result r = Scripts.run("""
                const path = require('path');
                console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
                console.log(path.resolve('/foo/bar', './baz'));
                console.log(path.resolve('/foo/bar', '/tmp/file/'));
                console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
                console.log(path.basename('/foo/bar/baz/asdf/quux.html', '.html'));
                console.log(path.extname('index.coffee.md'), path.extname('.index'), path.extname('index.'));
                console.log(JSON.stringify(path.parse('/home/user/dir/file.txt')));
                console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
                """);
        assertEquals("""
                /foo/bar/baz/asdf
                /foo/bar/baz
                /tmp/file
                ../../impl/bbb
                quux
                .md  .
                {"root":"/","dir":"/home/user/dir","base":"file.txt","ext":".txt","name":"file"}
                /home/user/dir/file.txt
                """, r.stdout(), r.toString());
    }
}

package dev.napihost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Node-style command line: {@code [options] [script.js | -e code | -p expr] [args...]}. */
final class Cli {
    static final String VERSION = "0.1.0";

    private Cli() {
    }

    /** Options that only set a flag process.js reads from {@code process.execArgv}. */
    private static final Set<String> FLAG_OPTIONS = Set.of("--no-warnings", "--no-deprecation", "--throw-deprecation",
            "--trace-warnings", "--trace-deprecation", "--trace-uncaught", "--pending-deprecation", "--expose-gc");

    /** A parsed command line: either an exit code to end with right away, or what to run. */
    record Invocation(Integer exitNow, List<String> execArgv, String eval, boolean print, List<String> rest) {
        static Invocation exit(int code) {
            return new Invocation(code, List.of(), null, false, List.of());
        }
    }

    /**
     * Reads the options; --version, --help and bad options are answered here (printing what node
     * prints), so the CLI answers them without starting the JS runtime (or a second JVM).
     */
    static Invocation parse(String[] args) {
        List<String> execArgv = new ArrayList<>();
        String eval = null;
        boolean print = false;
        int i = 0;
        // Like node, options are read up to the script name (or "--"); everything after belongs to the script.
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            String name = a;
            String inlineValue = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                inlineValue = a.substring(eq + 1);
            }
            switch (name) {
                case "-v", "--version" -> {
                    System.out.println(NodeVersion.NODE);
                    return Invocation.exit(0);
                }
                case "-h", "--help" -> {
                    System.out.print(usage());
                    return Invocation.exit(0);
                }
                case "-e", "--eval", "-p", "--print", "-pe", "-ep" -> {
                    String code = inlineValue;
                    if (code == null) {
                        if (i + 1 >= args.length) {
                            System.err.println("napi-host: " + a + " requires an argument");
                            return Invocation.exit(9);
                        }
                        code = args[++i];
                    }
                    print = print || !name.equals("-e") && !name.equals("--eval");
                    eval = code;
                    execArgv.add(a);
                    if (inlineValue == null) execArgv.add(code);
                }
                default -> {
                    if (!FLAG_OPTIONS.contains(name)) {
                        System.err.println("napi-host: bad option: " + a);
                        return Invocation.exit(9);
                    }
                    execArgv.add(a);
                }
            }
        }
        return new Invocation(null, execArgv, eval, print, new ArrayList<>(Arrays.asList(args).subList(i, args.length)));
    }

    static int run(String[] args) {
        return run(parse(args));
    }

    static int run(Invocation inv) {
        if (inv.exitNow() != null) {
            return inv.exitNow();
        }
        List<String> execArgv = inv.execArgv();
        String eval = inv.eval();
        boolean print = inv.print();
        List<String> rest = new ArrayList<>(inv.rest());
        NodeRuntime.Builder builder = NodeRuntime.newBuilder().execArgv(execArgv).ownsProcess(true).allowAddonsAnywhere();
        if (eval != null) {
            // node -e CODE a b: process.argv is [execPath, a, b].
            try (NodeRuntime node = builder.argv(rest).build()) {
                return node.evalMain(eval, print);
            }
        }
        if (rest.isEmpty() || rest.get(0).equals("-")) {
            String code;
            try {
                code = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("napi-host: cannot read the script from stdin: " + e.getMessage());
                return 1;
            }
            if (!rest.isEmpty()) {
                rest.set(0, "-");
            }
            try (NodeRuntime node = builder.argv(rest).build()) {
                return node.evalMain(code, false);
            }
        }
        // A missing script fails in the module loader, with Node's MODULE_NOT_FOUND error and exit code 1.
        Path path = Path.of(rest.get(0)).toAbsolutePath().normalize();
        rest.set(0, path.toString());
        try (NodeRuntime node = builder.argv(rest).build()) {
            return node.runMain(path);
        }
    }

    static String usage() {
        return """
                Usage: napi-host [options] [script.js | -e "code" | -p "expr"] [arguments]

                Runs a Node-style script on GraalJS; require() loads Node-API (.node) addons.

                Options:
                  -e, --eval CODE    evaluate CODE
                  -p, --print EXPR   evaluate EXPR and print the result
                  -v, --version      print the Node.js version napi-host reports
                  -h, --help         print this help
                  --no-warnings      do not print process warnings
                  --no-deprecation   do not print deprecation warnings
                  --throw-deprecation  throw deprecation warnings as errors
                  --                 end of options

                Environment:
                  NAPIHOST_JAVA_OPTS   options for the JVM the CLI starts (-Dpolyglot.* given to
                                       `java` are passed on too, e.g. -Dpolyglot.engine.TraceCompilation=true)

                napi-host %s (Node-API %d, GraalJS %s)
                """.formatted(VERSION, AddonLoader.HIGHEST_API_VERSION, NodeVersion.GRAALJS);
    }
}

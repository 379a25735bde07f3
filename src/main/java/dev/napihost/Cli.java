package dev.napihost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Node-style command line: {@code [options] [script.js | -e code | -p expr] [args...]}. */
final class Cli {
    static final String VERSION = "0.1.0";

    private Cli() {
    }

    static int run(String[] args) {
        List<String> execArgv = new ArrayList<>();
        String eval = null;
        boolean print = false;
        String script = null;
        List<String> rest = new ArrayList<>();
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            switch (a) {
                case "-v", "--version" -> {
                    System.out.println(NodeVersion.NODE);
                    return 0;
                }
                case "-h", "--help" -> {
                    System.out.print(usage());
                    return 0;
                }
                case "-e", "--eval", "-p", "--print" -> {
                    if (i + 1 >= args.length) {
                        System.err.println("napi-host: " + a + " requires an argument");
                        return 9;
                    }
                    print = print || a.equals("-p") || a.equals("--print");
                    eval = args[++i];
                    execArgv.add(a);
                    execArgv.add(eval);
                }
                default -> {
                    System.err.println("napi-host: bad option: " + a);
                    return 9;
                }
            }
        }
        if (eval == null && i < args.length) {
            script = args[i++];
        }
        for (; i < args.length; i++) {
            rest.add(args[i]);
        }
        NodeRuntime.Builder builder = NodeRuntime.newBuilder().execArgv(execArgv).ownsProcess(true);
        if (eval != null) {
            try (NodeRuntime node = builder.argv(rest).build()) {
                return node.evalMain(eval, print);
            }
        }
        if (script == null || script.equals("-")) {
            String code;
            try {
                code = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("napi-host: cannot read the script from stdin: " + e.getMessage());
                return 1;
            }
            try (NodeRuntime node = builder.argv(rest).build()) {
                return node.evalMain(code, false);
            }
        }
        Path path = Path.of(script).toAbsolutePath().normalize();
        List<String> argv = new ArrayList<>();
        argv.add(path.toString());
        argv.addAll(rest);
        if (!Files.exists(path) && !Files.exists(Path.of(path + ".js"))) {
            System.err.println("napi-host: cannot find module '" + path + "'");
            return 1;
        }
        try (NodeRuntime node = builder.argv(argv).build()) {
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
                  --                 end of options

                napi-host %s (Node-API %d, GraalJS %s)
                """.formatted(VERSION, AddonLoader.HIGHEST_API_VERSION, NodeVersion.GRAALJS);
    }
}

package dev.napihost;

import java.util.ArrayList;
import java.util.List;

/** Just enough Itanium demangling to name a C++ symbol in an error message (v8::Isolate::GetCurrent). */
final class Demangle {
    private Demangle() {
    }

    /** The qualified name of a mangled nested name (_ZN...E); the symbol itself if it is not one. */
    static String brief(String symbol) {
        int i;
        if (symbol.startsWith("_ZNK")) {
            i = 4;
        } else if (symbol.startsWith("_ZN")) {
            i = 3;
        } else {
            return symbol;
        }
        List<String> parts = new ArrayList<>();
        while (i < symbol.length() && Character.isDigit(symbol.charAt(i))) {
            int start = i;
            while (i < symbol.length() && Character.isDigit(symbol.charAt(i))) i++;
            int len = Integer.parseInt(symbol.substring(start, i));
            if (i + len > symbol.length()) break;
            parts.add(symbol.substring(i, i + len));
            i += len;
        }
        return parts.isEmpty() ? symbol : String.join("::", parts);
    }
}

package dev.napihost;

/** The Node.js version napi-host reports, and what it is built on. */
final class NodeVersion {
    /** Node 22.14 is the first release line with Node-API 10, which napi-host implements. */
    static final String NODE = "v22.14.0";
    static final String NAPI = "10";
    /** Matches no V8 ABI, so packages that ship V8-ABI and Node-API builds pick the Node-API one. */
    static final String MODULES = "0";
    static final String GRAALJS = "25.0.1";

    private NodeVersion() {
    }
}

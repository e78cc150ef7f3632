package io.quantagent.engine.config;

import java.util.Locale;

/**
 * The paper daemon's HTTP endpoint: dashboard, health, metrics and the control endpoints (section
 * {@code paper.http}). Safe by default: loopback only, and halting or flattening needs a bearer token that
 * is read from the environment, never from this file.
 *
 * @param host the address to listen on; default {@code 127.0.0.1}. Any non-loopback address needs
 *     {@code allowNonLoopback: true}, and the loader then warns.
 * @param port the TCP port, 1 to 65535; default 8080
 * @param allowNonLoopback allow a host other than loopback; default false
 * @param controlTokenEnv the NAME of the environment variable holding the control endpoints' bearer token
 *     (capital letters, digits and underscores); default {@code QUANTAGENT_TOKEN}
 */
public record HttpConfig(String host, int port, boolean allowNonLoopback, String controlTokenEnv) {

    private static final HttpConfig DEFAULTS = new HttpConfig("127.0.0.1", 8080, false, "QUANTAGENT_TOKEN");

    public HttpConfig {
        Checks checks = new Checks();
        if (checks.present("host", host)) {
            checks.require(!host.isBlank() && host.chars().noneMatch(Character::isWhitespace), "host",
                    "must be a host name or an IP address, was '" + host + "'");
            checks.require(allowNonLoopback || loopback(host), "host",
                    "'" + host + "' is not a loopback address; the daemon listens on loopback only unless "
                            + "paper.http.allowNonLoopback is true");
        }
        checks.between("port", port, 1, 65_535);
        if (checks.present("controlTokenEnv", controlTokenEnv)) {
            // The value is never echoed: a user who pasted the token here must not see it in a log.
            checks.require(controlTokenEnv.matches("[A-Z_][A-Z0-9_]*"), "controlTokenEnv",
                    "must be the name of an environment variable (capital letters, digits, _), such as "
                            + "QUANTAGENT_TOKEN; the token itself never goes in the file");
        }
        checks.done();
    }

    /** {@code 127.0.0.1:8080}, token from {@code $QUANTAGENT_TOKEN}. */
    public static HttpConfig defaults() {
        return DEFAULTS;
    }

    /** Whether the daemon listens on loopback only. */
    public boolean loopbackOnly() {
        return loopback(host);
    }

    /** Whether a host is a loopback name or address, decided from its text alone (no name lookup). */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}

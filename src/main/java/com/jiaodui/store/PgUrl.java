package com.jiaodui.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A shared library's address, {@code postgresql://host[:port]/database?user=NAME[&sslmode=…]}, as libpq writes it.
 * A password is never part of it (it would end up in settings and shell histories): it comes from the standard
 * PostgreSQL environment, {@code PGPASSWORD} or the password file ({@code PGPASSFILE}, default {@code ~/.pgpass},
 * only when not readable by others, as libpq does). That file is parsed here, not left to the driver: pgjdbc reads
 * neither PGPASSWORD nor (before 42.3, and not for every host form) the password file by itself.
 *
 * @param params the other query parameters, passed to the driver as they are (e.g. sslmode)
 */
public record PgUrl(String host, int port, String database, String user, Map<String, String> params) {
    public static final String SCHEME = "postgresql://";

    /** Whether {@code location} names a shared library rather than a file. */
    public static boolean isUrl(String location) {
        return location != null && (location.startsWith(SCHEME) || location.startsWith("postgres://"));
    }

    /**
     * The URL a {@code --db} option gave, also after it went through {@link Path} (which folds "//" into "/").
     * Null when the path is a file.
     */
    public static String fromPath(Path path) {
        if (path == null) {
            return null;
        }
        String s = path.toString().replace('\\', '/');
        for (String scheme : List.of("postgresql:", "postgres:")) {
            if (s.startsWith(scheme + "/")) {
                String rest = s.substring(scheme.length()).replaceFirst("^/+", "");
                return "postgresql://" + rest;
            }
        }
        return null;
    }

    public static PgUrl parse(String url) {
        String s = url.strip();
        if (s.startsWith("postgres://")) {
            s = SCHEME + s.substring("postgres://".length());
        }
        if (!s.startsWith(SCHEME)) {
            throw bad(url, "it does not start with postgresql://");
        }
        s = s.substring(SCHEME.length());
        String query = "";
        int q = s.indexOf('?');
        if (q >= 0) {
            query = s.substring(q + 1);
            s = s.substring(0, q);
        }
        int slash = s.indexOf('/');
        String hostPort = slash < 0 ? s : s.substring(0, slash);
        String db = slash < 0 ? "" : decode(s.substring(slash + 1));
        if (hostPort.contains("@")) {
            String userInfo = hostPort.substring(0, hostPort.lastIndexOf('@'));
            if (userInfo.contains(":")) {
                throw bad(url, "a password does not go into the URL; set PGPASSWORD or put it into ~/.pgpass");
            }
            hostPort = hostPort.substring(hostPort.lastIndexOf('@') + 1);
            query = "user=" + userInfo + (query.isEmpty() ? "" : "&" + query);
        }
        String host = hostPort;
        int port = 5432;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw bad(url, "the port is not a number");
            }
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        if (db.isEmpty()) {
            throw bad(url, "it names no database (postgresql://host:port/DATABASE)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        String user = null;
        for (String kv : query.split("&")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            String k = decode(eq < 0 ? kv : kv.substring(0, eq));
            String v = eq < 0 ? "" : decode(kv.substring(eq + 1));
            if (k.equals("password")) {
                throw bad(url, "a password does not go into the URL; set PGPASSWORD or put it into ~/.pgpass");
            }
            if (k.equals("user")) {
                user = v;
            } else {
                params.put(k, v);
            }
        }
        return new PgUrl(host, port, db, user, Map.copyOf(params));
    }

    private static StoreException bad(String url, String why) {
        return new StoreException(null, StoreException.Reason.BAD_INPUT, shown(url) + ": not a shared library address ("
                + why + ")");
    }

    private static String shown(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The user to log in as: the URL's, else PGUSER, else the OS user. */
    public String userOr(Map<String, String> env) {
        if (user != null && !user.isBlank()) {
            return user;
        }
        String u = env.get("PGUSER");
        return u != null && !u.isBlank() ? u : System.getProperty("user.name", "postgres");
    }

    /** The URL without credentials, as messages and settings show it. */
    public String display() {
        return SCHEME + host + ":" + port + "/" + database + (user == null ? "" : "?user=" + user);
    }

    public String jdbcUrl() {
        StringBuilder b = new StringBuilder("jdbc:postgresql://").append(host.contains(":") && !host.startsWith("[")
                ? "[" + host + "]" : host).append(':').append(port).append('/').append(database);
        return b.toString();
    }

    /** The driver's connection properties: user, password (from the environment, when there is one), params. */
    public Properties properties(Map<String, String> env) {
        Properties p = new Properties();
        params.forEach(p::setProperty);
        String u = userOr(env);
        p.setProperty("user", u);
        String password = password(env, u);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.putIfAbsent("ApplicationName", "jiaodui");
        p.putIfAbsent("connectTimeout", "10");
        p.putIfAbsent("tcpKeepAlive", "true");
        return p;
    }

    /** PGPASSWORD, else the first matching line of the password file; null when neither has one. */
    String password(Map<String, String> env, String forUser) {
        String pw = env.get("PGPASSWORD");
        if (pw != null && !pw.isEmpty()) {
            return pw;
        }
        String file = env.get("PGPASSFILE");
        Path path = file != null && !file.isBlank() ? Path.of(file)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home", ".")), ".pgpass");
        if (!Files.isRegularFile(path) || !privateFile(path)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String pass = pgpassMatch(line, host, port, database, forUser);
                if (pass != null) {
                    return pass;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static boolean privateFile(Path path) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            return !perms.contains(PosixFilePermission.GROUP_READ) && !perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException e) {
            return true; // Windows: %APPDATA%\postgresql\pgpass.conf is not checked by libpq either
        } catch (IOException e) {
            return false;
        }
    }

    /** The password of a .pgpass line {@code host:port:database:user:password} when it matches, else null. */
    static String pgpassMatch(String line, String host, int port, String database, String user) {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        List<String> f = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && f.size() < 4) {
                f.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        f.add(cur.toString());
        if (f.size() != 5) {
            return null;
        }
        boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
        boolean hostOk = f.get(0).equals("*") || f.get(0).equals(host) || (local && f.get(0).equals("localhost"));
        if (hostOk && (f.get(1).equals("*") || f.get(1).equals(String.valueOf(port)))
                && (f.get(2).equals("*") || f.get(2).equals(database)) && (f.get(3).equals("*") || f.get(3).equals(user))) {
            return f.get(4);
        }
        return null;
    }

    public static Map<String, String> environment() {
        return System.getenv();
    }
}

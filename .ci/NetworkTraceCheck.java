import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code strace -f -e trace=network} output and fails on anything that could reach another
 * machine or ask for a host name (docs/privacy.md, "How the network check works").
 *
 * <p>Run as {@code java .ci/NetworkTraceCheck.java TRACE...}. Exit 0: only local sockets; 1: a
 * problem, one line each; 2: no usable trace (a missing or empty trace never passes).
 *
 * <p>The rules, on the addresses a process hands to {@code connect}, {@code bind}, {@code sendto},
 * {@code sendmsg} and {@code sendmmsg}, which is where traffic gets a destination:
 * <ul>
 * <li>AF_UNIX and AF_NETLINK to the kernel (nl_pid=0) stay on the machine: allowed.</li>
 * <li>AF_INET and AF_INET6 only to loopback (127.0.0.0/8, ::1, ::ffff:127.x): a public or LAN
 * address fails, and so does binding to a wildcard address, which would accept connections.</li>
 * <li>A host-name look-up fails even when it goes to a local resolver: port 53 (DNS), 5353
 * (mDNS) or 5355 (LLMNR) on any address (systemd-resolved listens on 127.0.0.53); the resolver
 * sockets of systemd-resolved and Avahi; an nscd request for hosts.</li>
 * <li>A socket of any family but AF_UNIX, AF_INET, AF_INET6 and AF_NETLINK (AF_PACKET, ...)
 * fails. An AF_INET or AF_INET6 socket that is never given an address cannot send anything: the
 * JVM opens such sockets to probe IPv6 and SO_REUSEPORT support.</li>
 * </ul>
 */
public final class NetworkTraceCheck {
    private static final Pattern SYSCALL = Pattern.compile("^(?:\\[pid\\s+)?(\\d+)\\]?\\s+(\\w+)\\((.*)$");
    private static final Pattern SOCKET_FAMILY = Pattern.compile("^(AF_\\w+|PF_\\w+|\\d+)");
    private static final Pattern ADDRESS = Pattern.compile("\\{sa_family=(AF_\\w+|\\d+)(.*?)\\}");
    private static final Pattern PORT = Pattern.compile("sin6?_port=htons\\((\\d+)\\)");
    private static final Pattern IPV4 = Pattern.compile("inet_addr\\(\"([0-9.]+)\"\\)");
    private static final Pattern IPV6 = Pattern.compile("inet_pton\\(AF_INET6, \"([0-9a-fA-F:.]+)\"");
    private static final Pattern UNIX_PATH = Pattern.compile("sun_path=@?\"([^\"]*)\"");
    private static final Pattern NETLINK_PID = Pattern.compile("nl_pid=(\\d+)");
    /** An nscd request header: version 2, then the request type; hosts types are 4-7, 13 and 14. */
    private static final Pattern NSCD_HOSTS_REQUEST = Pattern.compile("\"\\\\2\\\\0\\\\0\\\\0(\\\\4|\\\\5|\\\\6|\\\\7|\\\\r|\\\\16)\\\\0\\\\0\\\\0");

    private static final Set<String> ADDRESSED_CALLS = Set.of("connect", "bind", "sendto", "sendmsg", "sendmmsg");
    private static final Set<String> LOCAL_FAMILIES = Set.of("AF_UNIX", "AF_LOCAL", "PF_UNIX", "PF_LOCAL",
            "AF_NETLINK", "PF_NETLINK", "AF_INET", "PF_INET", "AF_INET6", "PF_INET6");
    private static final Set<Integer> LOOKUP_PORTS = Set.of(53, 5353, 5355);
    private static final List<String> RESOLVER_SOCKETS = List.of("/run/systemd/resolve/", "/var/run/systemd/resolve/",
            "/run/avahi-daemon/", "/var/run/avahi-daemon/");

    private NetworkTraceCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java .ci/NetworkTraceCheck.java STRACE_OUTPUT...");
            System.exit(2);
        }
        List<String> problems = new ArrayList<>();
        int lines = 0;
        int exits = 0;
        int sockets = 0;
        for (String name : args) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                System.err.println("network check: " + file + ": no such trace");
                System.exit(2);
            }
            List<String> trace = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < trace.size(); i++) {
                String line = trace.get(i);
                lines++;
                if (line.contains("+++ exited with") || line.contains("+++ killed by")) {
                    exits++;
                }
                Matcher call = SYSCALL.matcher(line);
                if (!call.find()) {
                    continue; // signals, exits, "<... resumed>" halves (outgoing addresses are on the first half)
                }
                String syscall = call.group(2);
                String arguments = call.group(3);
                String where = file + ":" + (i + 1) + ": ";
                if (syscall.equals("socket") || syscall.equals("socketpair")) {
                    sockets++;
                    Matcher family = SOCKET_FAMILY.matcher(arguments);
                    if (family.find() && !LOCAL_FAMILIES.contains(family.group(1))) {
                        problems.add(where + "a socket of family " + family.group(1) + ": " + shorten(line));
                    }
                } else if (ADDRESSED_CALLS.contains(syscall)) {
                    String problem = judge(syscall, arguments);
                    if (problem != null) {
                        problems.add(where + problem + ": " + shorten(line));
                    }
                }
            }
        }
        if (exits == 0) {
            System.err.println("network check: no process exit in the trace: strace did not follow the run to its end");
            System.exit(2);
        }
        for (String problem : problems) {
            System.out.println("network check: " + problem);
        }
        if (!problems.isEmpty()) {
            System.out.println("network check: FAILED, " + problems.size() + " non-local socket use(s) or host-name look-up(s)");
            System.exit(1);
        }
        System.out.println("network check: passed, " + lines + " trace lines, " + sockets
                + " sockets, every address local, no host-name look-up");
    }

    /** The problem with one addressed call, or null if everything it addresses is local. */
    static String judge(String syscall, String arguments) {
        if (syscall.startsWith("send") && NSCD_HOSTS_REQUEST.matcher(arguments).find()) {
            return "a host-name look-up through nscd";
        }
        Matcher address = ADDRESS.matcher(arguments);
        while (address.find()) {
            String family = address.group(1);
            String fields = address.group(2);
            String problem = switch (family) {
                case "AF_UNIX", "AF_LOCAL" -> unixProblem(fields);
                case "AF_NETLINK" -> netlinkProblem(fields);
                case "AF_UNSPEC" -> null; // connect(AF_UNSPEC) dissolves an association
                case "AF_INET" -> inetProblem(syscall, port(fields), find(IPV4, fields), NetworkTraceCheck::loopbackV4,
                        "0.0.0.0");
                case "AF_INET6" -> inetProblem(syscall, port(fields), find(IPV6, fields), NetworkTraceCheck::loopbackV6,
                        "::");
                default -> "an address of family " + family;
            };
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String unixProblem(String fields) {
        String path = find(UNIX_PATH, fields);
        if (path != null && RESOLVER_SOCKETS.stream().anyMatch(path::startsWith)) {
            return "a host-name look-up through the resolver socket " + path;
        }
        return null;
    }

    private static String netlinkProblem(String fields) {
        String pid = find(NETLINK_PID, fields);
        return pid == null || pid.equals("0") ? null : "a netlink message to process " + pid;
    }

    private static String inetProblem(String syscall, int port, String ip, java.util.function.Predicate<String> loopback,
                                      String wildcard) {
        if (ip == null) {
            return "an internet address strace did not show";
        }
        if (LOOKUP_PORTS.contains(port) && !syscall.equals("bind")) {
            return "a host-name look-up (port " + port + " on " + ip + ")";
        }
        if (loopback.test(ip)) {
            return null;
        }
        if (syscall.equals("bind") && ip.equals(wildcard)) {
            return "a socket bound to every interface (" + ip + " port " + port + ")";
        }
        if (syscall.equals("bind")) {
            return "a socket bound to the non-loopback address " + ip;
        }
        return "traffic to the non-local address " + ip + " port " + port;
    }

    static boolean loopbackV4(String ip) {
        return ip.startsWith("127.");
    }

    static boolean loopbackV6(String ip) {
        String lower = ip.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("::1") || (lower.startsWith("::ffff:") && loopbackV4(lower.substring("::ffff:".length())));
    }

    private static int port(String fields) {
        String port = find(PORT, fields);
        return port == null ? -1 : Integer.parseInt(port);
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String shorten(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}

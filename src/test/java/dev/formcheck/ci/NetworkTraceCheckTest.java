package dev.formcheck.ci;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network check that {@code .ci/network-check} runs on strace output, run the same way
 * ({@code java .ci/NetworkTraceCheck.java TRACE...}). The recorded traces in
 * {@code src/test/resources/network-traces/} are real strace output: a UDP connect to a public
 * address, a name look-up by {@code getent ahosts}, the same look-up sent to a local resolver
 * (address edited to systemd-resolved's 127.0.0.53), and FormCheck's own {@code analyze} with
 * telemetry off. The one-line traces below are written in strace's format for the rarer cases.
 */
class NetworkTraceCheckTest {
    private static final String EXIT = "1234  +++ exited with 0 +++";

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result check(Path... traces) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SharedData.projectDir().resolve(".ci/NetworkTraceCheck.java").toString()));
        for (Path trace : traces) {
            command.add(trace.toString());
        }
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    static Path recorded(String name) {
        return SharedData.projectDir().resolve("src/test/resources/network-traces").resolve(name);
    }

    Path written(String... lines) throws IOException {
        Path trace = Files.createTempFile(dir, "strace", ".trace");
        List<String> all = new ArrayList<>(List.of(lines));
        all.add(EXIT);
        Files.write(trace, all);
        return trace;
    }

    @Test
    void aConnectToAPublicAddressFailsTheCheck() throws Exception {
        Result r = check(recorded("public-connect.trace"));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("public-connect.trace:82: traffic to the non-local address 9.9.9.9 port 443: ",
                "network check: FAILED, 1 non-local socket use(s) or host-name look-up(s)");
    }

    @Test
    void aHostNameLookUpFailsTheCheckWhetherTheResolverIsRemoteOrLocal() throws Exception {
        Result remote = check(recorded("dns-lookup.trace"));
        Result local = check(recorded("dns-lookup-local-resolver.trace"));

        assertThat(remote.exitCode()).isEqualTo(1);
        assertThat(remote.out()).contains("dns-lookup.trace:13: a host-name look-up (port 53 on 10.255.255.53)");
        assertThat(local.exitCode()).isEqualTo(1);
        assertThat(local.out()).contains("a host-name look-up (port 53 on 127.0.0.53)");
    }

    @Test
    void formCheckAnalyzingTheSampleWithTelemetryOffPasses() throws Exception {
        Result r = check(recorded("analyze-local-only.trace"));

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).startsWith("network check: passed, 38 trace lines, 2 sockets, every address local");
    }

    @Test
    void loopbackUnixAndKernelNetlinkSocketsPass() throws Exception {
        Result r = check(written(
                "1234  connect(5, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
                "1234  connect(5, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), "
                        + "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0",
                "1234  connect(6, {sa_family=AF_UNIX, sun_path=\"/run/user/0/pulse/native\"}, 110) = 0",
                "1234  bind(3, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0",
                "1234  socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = 7"));

        assertThat(r.exitCode()).as(r.out()).isZero();
    }

    @Test
    void eachOtherWayOutIsNamed() throws Exception {
        Result r = check(written(
                "1234  sendto(5, \"x\", 1, 0, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), "
                        + "inet_pton(AF_INET6, \"2001:db8::1\", &sin6_addr), sin6_scope_id=0}, 28) = 1",
                "1234  bind(5, {sa_family=AF_INET, sin_port=htons(9000), sin_addr=inet_addr(\"0.0.0.0\")}, 16) = 0",
                "1234  socket(AF_PACKET, SOCK_RAW, 768) = 8",
                "1234  connect(9, {sa_family=AF_UNIX, sun_path=\"/run/systemd/resolve/io.systemd.Resolve\"}, 110) = 0",
                "1234  sendto(4, \"\\2\\0\\0\\0\\16\\0\\0\\0\\f\\0\\0\\0example.org\\0\", 24, MSG_NOSIGNAL, NULL, 0) = 24"));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(
                ":1: traffic to the non-local address 2001:db8::1 port 443",
                ":2: a socket bound to every interface (0.0.0.0 port 9000)",
                ":3: a socket of family AF_PACKET",
                ":4: a host-name look-up through the resolver socket /run/systemd/resolve/io.systemd.Resolve",
                ":5: a host-name look-up through nscd",
                "network check: FAILED, 5 non-local socket use(s) or host-name look-up(s)");
    }

    @Test
    void aTraceThatDoesNotReachTheEndOfTheRunNeverPasses() throws Exception {
        Path cut = dir.resolve("cut.trace");
        Files.writeString(cut, "1234  socket(AF_UNIX, SOCK_STREAM, 0) = 4\n");

        Result noExit = check(cut);
        Result missing = check(dir.resolve("missing.trace"));

        assertThat(noExit.exitCode()).isEqualTo(2);
        assertThat(noExit.err()).contains("network check: no process exit in the trace");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.trace: no such trace");
    }
}

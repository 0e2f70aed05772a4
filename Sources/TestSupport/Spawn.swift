import FlightdeckPlatform
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a command with `posix_spawn` and `waitpid`, with no signal blocked in the child.
///
/// Foundation's `Process` learns of a child's exit through SIGCHLD, which libdispatch reads from a
/// `signalfd`; a thread that unblocks SIGCHLD can swallow it and leave `waitUntilExit` waiting for
/// ever. This runner never touches the caller's signal mask and reaps its own child, and a test
/// thread's blocked signals (Swift's worker threads block most) do not leak into what it starts.
public enum Spawn {
    /// Runs `arguments` (found on PATH) with `environment` added; returns status and output.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        let scratch = Platform.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(atPath: scratch.path + ".out")
            try? FileManager.default.removeItem(atPath: scratch.path + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, scratch.path + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, scratch.path + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var env = Platform.environment
        env.merge(environment) { _, new in new }
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw TmuxError(message: "posix_spawn \(arguments.first ?? ""): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = (try? String(contentsOfFile: scratch.path + ".out", encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: scratch.path + ".err", encoding: .utf8)) ?? ""
        return ProcessResult(status: exitStatus, stdout: out, stderr: err)
    }
}

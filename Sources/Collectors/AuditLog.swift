import DashboardModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One scaling change or scheduled-action change, applied or not, as the audit log keeps it. It holds no secret: the caller is
/// an ARN, never a key. Its JSON (`AuditRecord+Coding`) is a fixed format: the same facts make the same bytes.
public struct AuditRecord: Sendable, Equatable {
    /// When the outcome was known (ISO 8601).
    public var time: Date
    /// The caller's ARN (from GetCallerIdentity), when known.
    public var caller: String?
    /// The profile in use, when one was named.
    public var profile: String?
    /// The group's region.
    public var region: String
    /// The group's name.
    public var group: String
    /// The limits before.
    public var before: ScalingLimits
    /// The limits asked for.
    public var after: ScalingLimits
    /// `applied`, `refused` or `failed`; for a schedule's record `scheduled` or `deleted`, `refused` or `failed`.
    public var result: ScalingResult
    /// What happened: why it was refused or failed, or how it was confirmed (the file holds `AuditText`'s words for it).
    public var detail: ScalingDetail
    /// AWS's request id of the mutating call, when one was made and answered.
    public var requestID: String?
    /// Where the change came from: `dashboard` or `cli`.
    public var origin: AuditOrigin
    /// The wall-clock time, when `time` is a simulation's (the demo).
    public var wallTime: Date?
    /// The scheduled action created or deleted, for a schedule's record (`after` is then what it sets).
    public var scheduledAction: String?
    /// When that scheduled action runs.
    public var scheduledTime: Date?

    /// Creates a record.
    public init(
        time: Date, caller: String?, profile: String?, region: String, group: String, before: ScalingLimits,
        after: ScalingLimits, result: ScalingResult, detail: ScalingDetail, requestID: String?, origin: AuditOrigin,
        wallTime: Date? = nil
    ) {
        self.time = time
        self.caller = caller
        self.profile = profile
        self.region = region
        self.group = group
        self.before = before
        self.after = after
        self.result = result
        self.detail = detail
        self.requestID = requestID
        self.origin = origin
        self.wallTime = wallTime
    }
}

/// Where a scaling change came from; its raw value is the audit log's `origin`.
public enum AuditOrigin: String, Sendable, Equatable, Codable {
    /// The dashboard's confirmation dialog.
    case dashboard
    /// `flightdeck scale`.
    case cli
}

/// Appends audit records to a JSON Lines file: one line per record, written with one `write` on a
/// descriptor opened with `O_APPEND`, then `fsync`, so a kill mid-write can at worst leave a last
/// partial line and never damages earlier records.
public struct AuditLog: Sendable {
    /// The file's path.
    public let path: String

    /// Uses the file at `path`.
    public init(path: String) { self.path = path }

    /// `$XDG_STATE_HOME/flightdeck/audit.jsonl`, by default `~/.local/state/flightdeck/audit.jsonl`.
    public static func defaultPath(environment: [String: String]) -> String {
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return base + "/flightdeck/audit.jsonl"
    }

    /// Appends `record` durably; throws when it cannot be encoded or the folder or file cannot be written.
    public func append(_ record: AuditRecord) throws(AuditWriteFailure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var line: Data
        do {
            line = try encoder.encode(record)
        } catch {
            throw .cannotEncode(reason: "\(error)")
        }
        line.append(UInt8(ascii: "\n"))
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreateFolder(path: folder, reason: error.localizedDescription)
        }
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // A record torn by a kill mid-write leaves no newline at the end: start on a fresh line so
        // the torn one stays alone and this record stays readable.
        let size = lseek(descriptor, 0, SEEK_END)
        if size > 0 {
            var last: UInt8 = 0
            if pread(descriptor, &last, 1, size - 1) == 1, last != UInt8(ascii: "\n") {
                line.insert(UInt8(ascii: "\n"), at: 0)
            }
        }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else { throw .shortWrite(path: path, reason: String(cString: strerror(errno))) }
        guard fsync(descriptor) == 0 else { throw .cannotSync(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Every complete record in the file, skipping a torn last line; empty when there is no file. Details
    /// come back as the file's words (`ScalingDetail.recorded`).
    public func records() throws -> [AuditRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return data.split(separator: UInt8(ascii: "\n")).compactMap {
            try? decoder.decode(AuditRecord.self, from: Data($0))
        }
    }
}

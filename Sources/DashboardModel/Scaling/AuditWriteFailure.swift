/// Why an audit record could not be written: the step that failed, the path and the system's reason.
public enum AuditWriteFailure: Error, Sendable, Equatable {
    /// The record could not be encoded.
    case cannotEncode(reason: String)
    /// The log's folder could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// The log could not be opened for appending.
    case cannotOpen(path: String, reason: String)
    /// Fewer bytes were written than the record holds.
    case shortWrite(path: String, reason: String)
    /// The log could not be synced to disk.
    case cannotSync(path: String, reason: String)
}

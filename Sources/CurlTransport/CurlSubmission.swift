import AWSCore

/// A request handed to the loop thread, with the continuation its caller awaits.
///
/// Whoever removes a submission from the inbox or the transfer table resumes its continuation,
/// exactly once.
struct CurlSubmission: Sendable {
    /// Identifies the request for cancellation.
    let id: UInt64
    /// What to send.
    let plan: CurlRequestPlan
    /// Resumed with the response, a `TransportError` or `CancellationError`.
    let continuation: CheckedContinuation<HTTPResponse, any Error>
}

/// A submission whose easy handle is on the multi handle.
struct CurlActiveTransfer {
    /// The submission's identifier.
    let id: UInt64
    /// The easy handle and its buffers.
    let request: CurlEasyRequest
    /// The caller waiting for the result.
    let continuation: CheckedContinuation<HTTPResponse, any Error>
}

/// The transfers on the multi handle, by identifier and by easy handle. Loop thread only.
struct CurlTransferTable {
    /// Transfers by submission identifier.
    private var byID: [UInt64: CurlActiveTransfer] = [:]
    /// Submission identifiers by `CURL *` handle.
    private var idByHandle: [UnsafeMutableRawPointer: UInt64] = [:]

    /// Creates an empty table.
    init() {}

    /// Whether no transfer is running.
    var isEmpty: Bool { byID.isEmpty }

    /// Records a transfer just added to the multi handle.
    mutating func insert(_ transfer: CurlActiveTransfer) {
        byID[transfer.id] = transfer
        idByHandle[transfer.request.handle] = transfer.id
    }

    /// Removes and returns the transfer with `id`, if it is running.
    mutating func remove(id: UInt64) -> CurlActiveTransfer? {
        guard let transfer = byID.removeValue(forKey: id) else { return nil }
        idByHandle[transfer.request.handle] = nil
        return transfer
    }

    /// Removes and returns the transfer driving `handle`, if any.
    mutating func remove(handle: UnsafeMutableRawPointer) -> CurlActiveTransfer? {
        idByHandle[handle].flatMap { remove(id: $0) }
    }

    /// Removes and returns every transfer.
    mutating func removeAll() -> [CurlActiveTransfer] {
        defer { byID = [:]; idByHandle = [:] }
        return Array(byID.values)
    }
}

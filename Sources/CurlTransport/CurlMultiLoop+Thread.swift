import AWSCore
import CCurl
import Foundation

extension CurlMultiLoop {
    /// The loop thread's body: start, stop and finish transfers until the inbox closes.
    func run() {
        guard let multi else { return markStopped() }
        var table = CurlTransferTable()
        var failure: String?
        while failure == nil {
            let batch = takeBatch()
            for submission in batch.submissions { start(submission, on: multi, in: &table) }
            for id in batch.cancellations {
                guard let transfer = table.remove(id: id) else { continue }
                curl_multi_remove_handle(multi, transfer.request.handle)
                transfer.continuation.resume(throwing: CancellationError())
            }
            if let reason = batch.closedReason { failure = reason; break }
            var running: Int32 = 0
            let performed = curl_multi_perform(multi, &running)
            finishCompleted(on: multi, in: &table)
            // Sleeps until a socket is ready, libcurl's next timeout, a wake-up, or one second.
            let polled = performed == CURLM_OK ? curl_multi_poll(multi, nil, 0, 1000, nil) : performed
            if polled != CURLM_OK {
                failure =
                    "curl multi loop failed: "
                    + (curl_multi_strerror(polled).map { String(cString: $0) } ?? "\(polled)")
            }
        }
        let reason = failure ?? "transport shut down"
        let queued = closeFromLoop(reason: reason)
        for transfer in table.removeAll() {
            curl_multi_remove_handle(multi, transfer.request.handle)
            transfer.continuation.resume(throwing: TransportError.unavailable(detail: reason))
        }
        for submission in queued {
            submission.continuation.resume(throwing: TransportError.unavailable(detail: reason))
        }
        curl_multi_cleanup(multi)
        if let share { curl_share_cleanup(share) }
        markStopped()
    }

    /// Creates the easy handle for `submission` and adds it to the multi handle.
    private func start(
        _ submission: CurlSubmission, on multi: UnsafeMutableRawPointer, in table: inout CurlTransferTable
    ) {
        let request: CurlEasyRequest
        do {
            request = try CurlEasyRequest(plan: submission.plan, share: share)
        } catch {
            return submission.continuation.resume(throwing: error)
        }
        let added = curl_multi_add_handle(multi, request.handle)
        guard added == CURLM_OK else {
            let text = curl_multi_strerror(added).map { String(cString: $0) } ?? "\(added)"
            return submission.continuation.resume(
                throwing: TransportError.unavailable(detail: "curl_multi_add_handle failed: \(text)"))
        }
        table.insert(CurlActiveTransfer(id: submission.id, request: request, continuation: submission.continuation))
    }

    /// Resumes the callers of every transfer libcurl reports as done.
    private func finishCompleted(on multi: UnsafeMutableRawPointer, in table: inout CurlTransferTable) {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle else { continue }
            // Read before removing the handle: the message is only valid until the next multi call.
            let code = message.pointee.data.result
            guard let transfer = table.remove(handle: handle) else { continue }
            curl_multi_remove_handle(multi, handle)
            if code == CURLE_OK {
                transfer.continuation.resume(returning: transfer.request.response())
            } else {
                transfer.continuation.resume(throwing: transfer.request.error(for: code))
            }
        }
    }
}

import AWSCore
import CCurl

/// libcurl's process-wide state, initialised once.
enum CurlGlobal {
    /// The result of the one `curl_global_init` call, made the first time this is read.
    ///
    /// Swift initialises a static `let` exactly once, atomically, so this is the only call in the
    /// process; it is never undone, because `curl_global_cleanup` would break any other user.
    static let initResult: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))

    /// Nil when libcurl is ready, else why it is not.
    static var failure: String? {
        initResult == CURLE_OK ? nil : "curl_global_init failed: \(TransportError.curlText(initResult))"
    }
}

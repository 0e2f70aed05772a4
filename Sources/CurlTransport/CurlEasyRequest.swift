import AWSCore
import CCurl
import Foundation

/// One libcurl easy handle with the buffers it points into and the reply read so far.
///
/// Created, driven and released on the loop thread only. libcurl keeps raw pointers to the body
/// (`CURLOPT_POSTFIELDS` does not copy), the header list and the error buffer until the handle is
/// cleaned up, so this object owns all four and frees them together in `deinit`. The callbacks
/// receive `self` unretained: the loop keeps this object alive while the handle is on the multi
/// handle, and callbacks only run inside `curl_multi_perform` on that thread.
final class CurlEasyRequest {
    /// The `CURL *` handle.
    let handle: UnsafeMutableRawPointer
    /// What this transfer was asked to do.
    let plan: CurlRequestPlan
    /// The body bytes libcurl sends from, alive until `deinit`.
    private let bodyBuffer: UnsafeMutableBufferPointer<UInt8>
    /// `CURLOPT_ERRORBUFFER`, `CURL_ERROR_SIZE` bytes.
    private let errorBuffer: UnsafeMutableBufferPointer<CChar>
    /// `CURLOPT_HTTPHEADER`, alive until `deinit`.
    private var headerList: UnsafeMutablePointer<curl_slist>?
    /// The response body received so far.
    private var body: [UInt8] = []
    /// The response headers received so far.
    private var headerParser = CurlResponseHeaderParser()

    /// Creates and configures an easy handle for `plan`, sharing caches through `share`.
    init(plan: CurlRequestPlan, share: UnsafeMutableRawPointer?) throws(TransportError) {
        guard let handle = curl_easy_init() else {
            throw .unavailable(detail: "curl_easy_init failed")
        }
        self.handle = handle
        self.plan = plan
        let bytes = plan.body ?? []
        // One spare byte so an empty body still has a valid, non-null address.
        bodyBuffer = .allocate(capacity: bytes.count + 1)
        _ = bodyBuffer.initialize(from: bytes + [0])
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0)
        try configure(share: share)
    }

    /// Cleans up the handle first, then frees what it pointed into.
    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        bodyBuffer.deallocate()
        errorBuffer.deallocate()
    }

    /// The response, once the transfer ended with `CURLE_OK`.
    func response() -> HTTPResponse {
        var status = 0
        _ = CCurl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: headerParser.headers, body: body)
    }

    /// The error for a transfer that ended with `code`.
    func error(for code: CURLcode) -> TransportError {
        let detail = errorBuffer.baseAddress.map { String(cString: $0) } ?? ""
        var elapsed = 0.0
        _ = CCurl_easy_getinfo_double(handle, CURLINFO_TOTAL_TIME, &elapsed)
        // Ending clearly before the total limit means the shorter connect limit was exceeded.
        let limit = elapsed + 0.05 < plan.totalTimeout ? plan.connectTimeout : plan.totalTimeout
        return TransportError(curlCode: code, detail: detail, host: plan.host, timeout: limit)
    }

    /// Appends received body bytes.
    fileprivate func appendBody(_ bytes: UnsafeRawBufferPointer) {
        body.append(contentsOf: bytes)
    }

    /// Takes one received header line.
    fileprivate func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        headerParser.consume(String(decoding: bytes, as: UTF8.self))
    }
}

extension CurlEasyRequest {
    /// Sets every option for `plan` on the handle.
    private func configure(share: UnsafeMutableRawPointer?) throws(TransportError) {
        try set(CURLOPT_URL, plan.url)
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_ERRORBUFFER, pointer: errorBuffer.baseAddress)
        try set(CURLOPT_CONNECTTIMEOUT_MS, plan.connectTimeoutMilliseconds)
        try set(CURLOPT_TIMEOUT_MS, plan.totalTimeoutMilliseconds)
        try set(CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2TLS)
        try set(CURLOPT_PIPEWAIT, plan.waitsForMultiplexing ? 1 : 0)
        try set(CURLOPT_TCP_KEEPALIVE, 1)
        // Verification is always on: there is deliberately no option to turn it off.
        try set(CURLOPT_SSL_VERIFYPEER, 1)
        try set(CURLOPT_SSL_VERIFYHOST, 2)
        if let path = plan.caBundlePath { try set(CURLOPT_CAINFO, path) }
        if plan.acceptsCompression { try set(CURLOPT_ACCEPT_ENCODING, "") }
        try set(CURLOPT_USERAGENT, plan.userAgent)
        try set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)
        if let share { try check(CCurl_easy_setopt_share(handle, share), "CURLOPT_SHARE") }
        try configureMethod()
        try configureHeaders()
        try configureCallbacks()
    }

    /// Sets the method and, when the plan has one, the body.
    private func configureMethod() throws(TransportError) {
        switch plan.method {
        case .get: try set(CURLOPT_HTTPGET, 1)
        case .head: try set(CURLOPT_NOBODY, 1)
        case .post: break
        case let .custom(verb): try set(CURLOPT_CUSTOMREQUEST, verb)
        }
        guard let body = plan.body else { return }
        try check(
            CCurl_easy_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)),
            "CURLOPT_POSTFIELDSIZE_LARGE")
        try set(CURLOPT_POSTFIELDS, pointer: bodyBuffer.baseAddress)
    }

    /// Builds and sets the header list.
    private func configureHeaders() throws(TransportError) {
        for line in plan.headerLines {
            guard let list = curl_slist_append(headerList, line) else {
                throw .unavailable(detail: "curl_slist_append failed")
            }
            headerList = list
        }
        try set(CURLOPT_HTTPHEADER, pointer: headerList)
    }

    /// Points the body and header callbacks at this object.
    private func configureCallbacks() throws(TransportError) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        try check(
            CCurl_easy_setopt_write(handle, CURLOPT_WRITEFUNCTION) { data, size, count, userdata in
                let length = size * count
                guard let userdata else { return 0 }
                let request = Unmanaged<CurlEasyRequest>.fromOpaque(userdata).takeUnretainedValue()
                request.appendBody(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : length))
                return length
            }, "CURLOPT_WRITEFUNCTION")
        try set(CURLOPT_WRITEDATA, pointer: me)
        try check(
            CCurl_easy_setopt_write(handle, CURLOPT_HEADERFUNCTION) { data, size, count, userdata in
                let length = size * count
                guard let userdata else { return 0 }
                let request = Unmanaged<CurlEasyRequest>.fromOpaque(userdata).takeUnretainedValue()
                request.appendHeaderLine(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : length))
                return length
            }, "CURLOPT_HEADERFUNCTION")
        try set(CURLOPT_HEADERDATA, pointer: me)
    }

    /// Sets a `long` option.
    private func set(_ option: CURLoption, _ value: Int) throws(TransportError) {
        try check(CCurl_easy_setopt_long(handle, option, value), "option \(option.rawValue)")
    }

    /// Sets a string option; libcurl copies the string.
    private func set(_ option: CURLoption, _ value: String) throws(TransportError) {
        let code = value.withCString { CCurl_easy_setopt_ptr(handle, option, $0) }
        try check(code, "option \(option.rawValue)")
    }

    /// Sets a pointer option; the pointee must outlive the handle.
    private func set<T>(_ option: CURLoption, pointer: UnsafeMutablePointer<T>?) throws(TransportError) {
        try check(CCurl_easy_setopt_ptr(handle, option, pointer), "option \(option.rawValue)")
    }

    /// Sets a raw pointer option; the pointee must outlive the handle.
    private func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws(TransportError) {
        try check(CCurl_easy_setopt_ptr(handle, option, pointer), "option \(option.rawValue)")
    }

    /// Throws `.unavailable` when `code` is not `CURLE_OK`.
    private func check(_ code: CURLcode, _ what: String) throws(TransportError) {
        guard code != CURLE_OK else { return }
        throw .unavailable(detail: "setting \(what) failed: \(TransportError.curlText(code))")
    }
}

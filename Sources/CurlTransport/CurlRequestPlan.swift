import AWSCore
import AWSSigV4
import Foundation

/// A request turned into the values one libcurl easy handle is given. Pure: no libcurl calls.
struct CurlRequestPlan: Sendable, Equatable {
    /// How the method is expressed to libcurl.
    enum Method: Sendable, Equatable {
        /// `CURLOPT_HTTPGET`.
        case get
        /// `CURLOPT_NOBODY`: a HEAD request, no body is read.
        case head
        /// `CURLOPT_POSTFIELDS`: a POST with `body`.
        case post
        /// `CURLOPT_CUSTOMREQUEST` with this verb; `body` is sent when not nil.
        case custom(String)
    }

    /// Request headers libcurl adds on its own, which are removed unless the request sets them.
    static let suppressedDefaults = ["Expect", "Accept", "Content-Type"]

    /// The absolute URL.
    var url: String
    /// The host name, for error messages.
    var host: String
    /// The method as libcurl is told it.
    var method: Method
    /// The body bytes sent with `CURLOPT_POSTFIELDS`, or nil when no body is sent.
    var body: [UInt8]?
    /// `CURLOPT_HTTPHEADER` lines, in the request's order, then the suppressed defaults.
    var headerLines: [String]
    /// `CURLOPT_USERAGENT`; a `User-Agent` in `headerLines` takes precedence.
    var userAgent: String
    /// The connect limit in seconds, never above `totalTimeout`.
    var connectTimeout: TimeInterval
    /// The limit for the whole exchange in seconds.
    var totalTimeout: TimeInterval
    /// `CURLOPT_CAINFO`, or nil for the system trust store.
    var caBundlePath: String?
    /// Whether `CURLOPT_ACCEPT_ENCODING` offers every encoding libcurl can decode.
    var acceptsCompression: Bool
    /// `CURLOPT_PIPEWAIT`: whether to wait for a connection being set up to the same host, in
    /// case it can multiplex, rather than open another.
    ///
    /// Only for HTTPS, where ALPN tells at the end of the handshake whether HTTP/2 is spoken. Over
    /// plain HTTP (HTTP/1.1 only, with `CURL_HTTP_VERSION_2TLS`) libcurl would learn that only from
    /// the first response, so every concurrent request to a new host would wait for it.
    var waitsForMultiplexing: Bool

    /// Plans `request` under `configuration`.
    init(request: HTTPRequest, configuration: CurlTransport.Configuration) {
        url = request.url.absoluteString
        host = request.url.host ?? ""
        (method, body) = Self.method(request.method, body: request.body)
        headerLines = Self.headerLines(request.headers)
        userAgent = configuration.userAgent
        totalTimeout = request.timeout ?? configuration.totalTimeout
        connectTimeout = min(configuration.connectTimeout, totalTimeout)
        caBundlePath = configuration.caBundlePath
        acceptsCompression = configuration.acceptsCompression
        waitsForMultiplexing = request.url.scheme?.lowercased() == "https"
    }

    /// `connectTimeout` for `CURLOPT_CONNECTTIMEOUT_MS`: at least 1, because 0 means "no limit".
    var connectTimeoutMilliseconds: Int { Self.milliseconds(connectTimeout) }

    /// `totalTimeout` for `CURLOPT_TIMEOUT_MS`: at least 1, because 0 means "no limit".
    var totalTimeoutMilliseconds: Int { Self.milliseconds(totalTimeout) }

    /// The libcurl method and the body to send for `verb`; PUT and PATCH always send one.
    static func method(_ verb: String, body: [UInt8]) -> (Method, [UInt8]?) {
        switch verb.uppercased() {
        case "GET" where body.isEmpty: return (.get, nil)
        case "HEAD": return (.head, nil)
        case "POST": return (.post, body)
        case "PUT", "PATCH": return (.custom(verb.uppercased()), body)
        default: return (.custom(verb), body.isEmpty ? nil : body)
        }
    }

    /// Header lines in libcurl's syntax (`Name;` sends an empty value), then `Name:` for each
    /// default in `suppressedDefaults` that the request does not set, which stops libcurl adding it.
    static func headerLines(_ headers: [HTTPHeader]) -> [String] {
        let lines = headers.map { $0.value.isEmpty ? "\($0.name);" : "\($0.name): \($0.value)" }
        let present = Set(headers.map { $0.name.lowercased() })
        let suppressed = suppressedDefaults.filter { !present.contains($0.lowercased()) }.map { "\($0):" }
        return lines + suppressed
    }

    /// Whole milliseconds, rounded up, at least 1.
    private static func milliseconds(_ seconds: TimeInterval) -> Int {
        guard seconds.isFinite else { return Int(Int32.max) }
        return max(1, Int(min((seconds * 1000).rounded(.up), Double(Int32.max))))
    }
}

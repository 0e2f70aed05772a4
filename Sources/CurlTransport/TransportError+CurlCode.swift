import AWSCore
import CCurl
import Foundation

extension TransportError {
    /// Classifies a failed transfer's `CURLcode`.
    ///
    /// - Parameters:
    ///   - code: the transfer's result, not `CURLE_OK`.
    ///   - detail: libcurl's error-buffer text for the transfer, or empty.
    ///   - host: the request's host, for `.dns`.
    ///   - timeout: the limit that was exceeded, for `.timeout`.
    init(curlCode code: CURLcode, detail: String, host: String, timeout: TimeInterval) {
        let text = detail.isEmpty ? Self.curlText(code) : detail
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            self = .dns(host: host, detail: text)
        case CURLE_COULDNT_CONNECT, CURLE_PROXY:
            self = .connect(detail: text)
        case CURLE_OPERATION_TIMEDOUT:
            self = .timeout(seconds: timeout)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED,
            CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT, CURLE_USE_SSL_FAILED:
            self = .tls(detail: text)
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING,
            CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_HTTP3, CURLE_QUIC_CONNECT_ERROR,
            CURLE_WEIRD_SERVER_REPLY, CURLE_BAD_CONTENT_ENCODING, CURLE_UNRECOVERABLE_POLL,
            CURLE_WRITE_ERROR, CURLE_READ_ERROR:
            self = .broken(detail: text)
        default:
            self = .unavailable(detail: "curl error \(code.rawValue): \(text)")
        }
    }

    /// libcurl's generic text for `code`.
    static func curlText(_ code: CURLcode) -> String {
        curl_easy_strerror(code).map { String(cString: $0) } ?? "curl error \(code.rawValue)"
    }
}

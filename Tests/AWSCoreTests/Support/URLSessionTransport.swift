import AWSCore
import AWSSigV4
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Real HTTP for tests against loopback peers, until the libcurl transport is merged.
final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    private let session = URLSession(configuration: .ephemeral)

    /// Sends `request` with `URLSession`, mapping failures to `TransportError`.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for header in request.headers { urlRequest.addValue(header.value, forHTTPHeaderField: header.name) }
        if !request.body.isEmpty { urlRequest.httpBody = Data(request.body) }
        let timeout = request.timeout ?? 10
        urlRequest.timeoutInterval = timeout
        let prepared = urlRequest
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: prepared) { data, response, error in
                if let error = error as? URLError {
                    let mapped: TransportError = error.code == .timedOut
                        ? .timeout(seconds: timeout) : .connect(detail: error.localizedDescription)
                    continuation.resume(throwing: mapped)
                    return
                }
                if let error {
                    continuation.resume(throwing: TransportError.broken(detail: "\(error)"))
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    continuation.resume(throwing: TransportError.broken(detail: "no HTTP response"))
                    return
                }
                let headers = http.allHeaderFields.compactMap { key, value -> HTTPHeader? in
                    guard let name = key as? String, let text = value as? String else { return nil }
                    return HTTPHeader(name, text)
                }
                continuation.resume(returning: HTTPResponse(status: http.statusCode, headers: headers, body: Array(data ?? Data())))
            }.resume()
        }
    }
}

import AWSCore
import AWSSigV4
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A plain `URLSession` transport for integration tests while no production transport is linked.
///
/// It sends the request's headers as given (the signed `Host` included) and maps failures to
/// `TransportError`. Not for production: no connection tuning, no proxy or CA settings.
public struct URLSessionTransport: HTTPTransport {
    /// Creates a transport on an ephemeral session.
    public init() {}

    /// Sends `request` and returns the response.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = request.timeout ?? 30
        for header in request.headers { urlRequest.addValue(header.value, forHTTPHeaderField: header.name) }
        if !request.body.isEmpty { urlRequest.httpBody = Data(request.body) }
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        do {
            let (data, response) = try await session.data(for: urlRequest)
            guard let http = response as? HTTPURLResponse else {
                throw TransportError.broken(detail: "not an HTTP response")
            }
            let headers = http.allHeaderFields.compactMap { key, value -> HTTPHeader? in
                guard let name = key as? String, let text = value as? String else { return nil }
                return HTTPHeader(name, text)
            }
            return HTTPResponse(status: http.statusCode, headers: headers, body: Array(data))
        } catch let error as TransportError {
            throw error
        } catch let error as URLError {
            switch error.code {
            case .timedOut: throw TransportError.timeout(seconds: urlRequest.timeoutInterval)
            case .cannotConnectToHost, .cannotFindHost: throw TransportError.connect(detail: error.localizedDescription)
            default: throw TransportError.broken(detail: error.localizedDescription)
            }
        }
    }
}

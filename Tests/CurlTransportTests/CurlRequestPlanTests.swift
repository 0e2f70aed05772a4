import AWSCore
import AWSSigV4
import Foundation
import Testing

@testable import CurlTransport

/// How requests become libcurl option values.
struct CurlRequestPlanTests {
    /// A request for `url` with `method`, `headers` and `body`.
    private func plan(
        _ method: String = "GET", headers: [HTTPHeader] = [], body: [UInt8] = [],
        timeout: TimeInterval? = nil,
        configuration: CurlTransport.Configuration = .init(environment: [:])
    ) throws -> CurlRequestPlan {
        let url = try #require(URL(string: "https://sts.amazonaws.com/?Action=GetCallerIdentity"))
        return CurlRequestPlan(
            request: HTTPRequest(method: method, url: url, headers: headers, body: body, timeout: timeout),
            configuration: configuration)
    }

    @Test func methodsMapToLibcurlOptions() throws {
        #expect(try plan("GET").method == .get)
        #expect(try plan("GET").body == nil)
        #expect(try plan("HEAD", body: [1]).body == nil)
        #expect(try plan("POST").method == .post)
        #expect(try plan("POST").body == [])
        #expect(try plan("PUT").method == .custom("PUT"))
        #expect(try plan("PUT").body == [])
        #expect(try plan("DELETE").body == nil)
        #expect(try plan("DELETE", body: [1, 2]).body == [1, 2])
        #expect(try plan("GET", body: [1]).method == .custom("GET"))
    }

    @Test func headersKeepOrderAndSuppressUnsetDefaults() throws {
        let lines = try plan(headers: [
            HTTPHeader("X-A", "1"), HTTPHeader("accept", "*/*"), HTTPHeader("X-A", "2"),
            HTTPHeader("X-Empty", "")
        ]).headerLines

        #expect(lines == ["X-A: 1", "accept: */*", "X-A: 2", "X-Empty;", "Expect:", "Content-Type:"])
    }

    @Test func timeoutsComeFromTheRequestThenTheConfiguration() throws {
        let configured = try plan(configuration: .init(connectTimeout: 3, totalTimeout: 10, environment: [:]))
        let overridden = try plan(
            timeout: 1.5, configuration: .init(connectTimeout: 3, totalTimeout: 10, environment: [:]))
        let zero = try plan(timeout: 0)

        #expect(configured.totalTimeoutMilliseconds == 10_000)
        #expect(configured.connectTimeoutMilliseconds == 3_000)
        #expect(overridden.totalTimeoutMilliseconds == 1_500)
        #expect(overridden.connectTimeoutMilliseconds == 1_500)
        #expect(zero.totalTimeoutMilliseconds == 1)
    }

    @Test func caBundleComesFromTheInjectedEnvironment() throws {
        #expect(try plan().caBundlePath == nil)
        #expect(try plan(configuration: .init(environment: ["AWS_CA_BUNDLE": ""])).caBundlePath == nil)
        #expect(
            try plan(configuration: .init(environment: ["AWS_CA_BUNDLE": "/etc/ca.pem"])).caBundlePath == "/etc/ca.pem")
    }

    @Test func onlyHTTPSWaitsForMultiplexing() throws {
        let plain = CurlRequestPlan(
            request: HTTPRequest(method: "GET", url: try #require(URL(string: "http://localhost:5000/"))),
            configuration: .init(environment: [:]))

        #expect(try plan().waitsForMultiplexing)
        #expect(!plain.waitsForMultiplexing)
    }

    @Test func userAgentCarriesTheVersion() throws {
        #expect(try plan().userAgent == "flightdeck/0.1.0")
        #expect(try plan(configuration: .init(version: "2.0.0", environment: [:])).userAgent == "flightdeck/2.0.0")
    }
}

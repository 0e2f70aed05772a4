import AWSCore
import Collectors
import DashboardModel
import Foundation
import TestSupport
import Testing

/// `--tag` selects Aurora clusters by their `TagList`, as it does instances.
@Suite struct ClusterTagTests {
    /// Answers RDS's three describe calls by their `Action`: no instances, no events, one tagged cluster.
    final class RDSAnswers: HTTPTransport, @unchecked Sendable {
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let body = String(decoding: request.body, as: UTF8.self)
            let action =
                body.split(separator: "&").first { $0.hasPrefix("Action=") }.map { String($0.dropFirst(7)) } ?? ""
            let xmlns = "xmlns=\"http://rds.amazonaws.com/doc/2014-10-31/\""
            let result: String
            switch action {
            case "DescribeDBInstances": result = "<DBInstances/>"
            case "DescribeEvents": result = "<Events/>"
            case "DescribeDBClusters":
                result =
                    "<DBClusters><DBCluster><DBClusterIdentifier>orders-aurora</DBClusterIdentifier><Status>available</Status>"
                    + "<Engine>aurora-postgresql</Engine><MultiAZ>true</MultiAZ><DBClusterMembers><DBClusterMember>"
                    + "<DBInstanceIdentifier>orders-aurora-1</DBInstanceIdentifier><IsClusterWriter>true</IsClusterWriter>"
                    + "</DBClusterMember></DBClusterMembers>"
                    + "<TagList><Tag><Key>app</Key><Value>orders</Value></Tag></TagList></DBCluster></DBClusters>"
            default: return HTTPResponse(status: 400, headers: [], body: Array("unexpected \(action)".utf8))
            }
            let xml =
                "<\(action)Response \(xmlns)><\(action)Result>\(result)</\(action)Result>"
                + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></\(action)Response>"
            return HTTPResponse(status: 200, headers: [], body: Array(xml.utf8))
        }
    }

    func databases(tags: [String: String]) async throws -> [DatabaseStatus] {
        let client = AWSClient(
            endpoints: EndpointResolver(region: "us-east-1", endpointURL: "http://127.0.0.1:4566", environment: [:]),
            credentials: FixedCredentialProvider(accessKeyID: "AKIDTEST", secretAccessKey: "test-secret"),
            transport: RDSAnswers())
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection(tags: tags))
        guard case let .databases(databases, _) = await collector.poll(.databases) else {
            Issue.record("the databases poll failed: \(await collector.poll(.databases))")
            return []
        }
        return databases
    }

    @Test func aClusterCarryingTheTagIsWatchedAndOneWithoutIsNot() async throws {
        let tagged = try await databases(tags: ["app": "orders"])
        #expect(tagged.map(\.id) == ["orders-aurora"])
        #expect(tagged.first?.isCluster == true)
        #expect(try await databases(tags: ["app": "shop"]).isEmpty)
        #expect(try await databases(tags: [:]).map(\.id) == ["orders-aurora"], "without --tag every cluster is watched")
    }
}

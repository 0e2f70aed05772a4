import AWSCore
import AWSSigV4
import TestSupport
import Testing

/// A paginated query operation whose pages list `<Items><member>` and carry `<NextToken>`.
struct ListOperation: PaginatedOperation {
    var service: AWSService { .autoScaling }
    var name: String { "List" }
    var token: String?
    func request() throws -> OperationRequest {
        var params = QueryParameters()
        params.add("NextToken", token)
        return .query(action: name, version: "2011-01-01", parameters: params)
    }
    func decode(_ reply: AWSReply) throws -> (items: [String], next: String?) {
        let result = try reply.queryResult()
        return (result.strings("Items"), result.string("NextToken"))
    }
    func withPageToken(_ token: String) -> ListOperation { ListOperation(token: token) }
    func items(of page: (items: [String], next: String?)) -> [String] { page.items }
    func nextPageToken(of page: (items: [String], next: String?)) -> String? { page.next }
}

func page(_ items: [String], next: String?) -> ScriptedTransport.Step {
    let members = items.map { "<member>\($0)</member>" }.joined()
    let token = next.map { "<NextToken>\($0)</NextToken>" } ?? ""
    return .respond(
        .text(200, "<ListResponse><ListResult><Items>\(members)</Items>\(token)</ListResult></ListResponse>"))
}

@Suite struct PaginationTests {
    @Test func followsTokensToTheEnd() async throws {
        let harness = Harness([page(["a", "b"], next: "t1"), page(["c"], next: "t2"), page([], next: nil)])
        let result = try await harness.client.sendAll(ListOperation())
        #expect(result.items == ["a", "b", "c"])
        #expect(result.pages == 3)
        #expect(!result.truncated)
        #expect(result.stop == nil)
        let bodies = harness.transport.requests.map { String(decoding: $0.body, as: UTF8.self) }
        #expect(bodies[1].hasSuffix("&NextToken=t1"))
        #expect(bodies[2].hasSuffix("&NextToken=t2"))
    }

    @Test func theSafetyCapIsReported() async throws {
        let harness = Harness([page(["a"], next: "t1"), page(["b"], next: "t2"), page(["c"], next: "t3")])
        let result = try await harness.client.sendAll(ListOperation(), maxPages: 2)
        #expect(result.items == ["a", "b"])
        #expect(result.truncated)
        #expect(result.resumeToken == "t2")
        #expect(result.stop == .safetyCap && result.pages == 2)
    }

    @Test func aRepeatedTokenStopsTheWalk() async throws {
        let harness = Harness([page(["a"], next: "same")], repeatLast: true)
        let result = try await harness.client.sendAll(ListOperation())
        #expect(result.truncated)
        #expect(result.pages == 2)
        #expect(result.stop == .repeatedToken)
    }
}

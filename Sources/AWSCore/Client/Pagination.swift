/// A list operation whose replies come in pages linked by a token (`NextToken`, `Marker`, ...).
public protocol PaginatedOperation: AWSOperation {
    /// One entry of the listed collection.
    associatedtype Item: Sendable

    /// The same request asking for the page after `token`.
    func withPageToken(_ token: String) -> Self
    /// The entries of one page.
    func items(of page: Output) -> [Item]
    /// The token of the next page; nil or empty on the last page.
    func nextPageToken(of page: Output) -> String?
}

/// Why a walk through pages stopped before the last page.
public enum PaginationStop: Sendable, Equatable {
    /// The service sent a page token it had sent before.
    case repeatedToken
    /// The walk reached its safety cap of pages; more remain.
    case safetyCap
}

/// Every entry of a paginated listing, and whether the listing stopped early.
public struct PaginatedResult<Item: Sendable>: Sendable {
    /// The entries, in page order.
    public var items: [Item]
    /// How many pages were fetched.
    public var pages: Int
    /// Why the walk stopped before the end; nil when it reached the end.
    public var stop: PaginationStop?
    /// True when pages remained but the safety cap (or a repeated token) stopped the walk.
    public var truncated: Bool { stop != nil }
    /// The token to resume from when truncated.
    public var resumeToken: String?
}

extension AWSClient {
    /// Fetches every page of `operation`, at most `maxPages` of them, and reports a cut-short walk.
    public func sendAll<Operation: PaginatedOperation>(_ operation: Operation, maxPages: Int = 100) async throws
        -> PaginatedResult<Operation.Item>
    {
        var items: [Operation.Item] = []
        var request = operation
        var seen: Set<String> = []
        var pages = 0
        while true {
            let page = try await send(request)
            pages += 1
            items += operation.items(of: page)
            guard let token = operation.nextPageToken(of: page), !token.isEmpty else {
                return PaginatedResult(items: items, pages: pages, stop: nil)
            }
            if !seen.insert(token).inserted {
                return PaginatedResult(items: items, pages: pages, stop: .repeatedToken, resumeToken: nil)
            }
            if pages >= maxPages {
                return PaginatedResult(items: items, pages: pages, stop: .safetyCap, resumeToken: token)
            }
            request = request.withPageToken(token)
        }
    }
}

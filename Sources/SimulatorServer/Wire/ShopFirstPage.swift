import SimulatorModel

/// One page of a list that holds the shop's own resource first and then the extra services of
/// `--scale N`, addressed by an offset token as AWS's NextToken/Marker are.
struct ShopFirstPage {
    /// Whether the shop's resource is on this page.
    let includesShop: Bool
    /// The extra services on this page.
    let extras: [ExtraService]
    /// The token of the next page, or nil on the last.
    let next: String?

    /// The page starting at `token` (an offset; nil for the first) of at most `size` items.
    init(shop: Bool, extras all: [ExtraService], token: String?, size: Int) {
        let offset = Int(token ?? "") ?? 0
        let total = (shop ? 1 : 0) + all.count
        includesShop = shop && offset == 0
        extras = Array(all.dropFirst(max(0, offset - (shop ? 1 : 0))).prefix(size - (includesShop ? 1 : 0)))
        let shown = (includesShop ? 1 : 0) + extras.count
        next = offset + shown < total ? String(offset + shown) : nil
    }
}

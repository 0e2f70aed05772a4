/// The tags the shop's own resources carry (the extra services of `--scale` carry other ones), so
/// `--tag app=shop` selects the shop.
enum ShopTags {
    /// `app=shop`, `env=launch`.
    static let all: [(String, String)] = [("app", "shop"), ("env", "launch")]
}

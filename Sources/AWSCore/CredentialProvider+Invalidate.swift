/// The default `invalidate`: providers that cache nothing have nothing to forget.
extension CredentialProvider {
    /// Does nothing; caching providers override it.
    public func invalidate() async {}
}

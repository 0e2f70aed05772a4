extension HeaderInfo {
    /// The header's words about who and where, longest first, each dropping the least needed words
    /// of the one before: the profile, the account id beside its alias, the stack; the regions stay.
    var shortenings: [String] {
        let regions = regions.isEmpty ? [] : [regions.joined(separator: ",")]
        let stackPart = stack.map { ["stack \($0)"] } ?? []
        let account = account.map { id in accountAlias.map { "\($0) (\(id))" } ?? id }.map { [$0] } ?? []
        let accountShort = (accountAlias ?? account.first).map { [$0] } ?? []
        let profilePart = profile.map { ["profile \($0)"] } ?? []
        let variants = [
            stackPart + account + profilePart + regions,
            stackPart + account + regions,
            stackPart + accountShort + regions,
            accountShort + regions,
            regions,
        ]
        return variants.map { $0.joined(separator: "  ") }
    }
}

extension HeaderInfo {
    /// The header's words about who and where, longest first, each dropping the least needed words
    /// of the one before: the profile, the account id beside its alias, the stack; the regions stay.
    var shortenings: [String] {
        let regionPart = regions.isEmpty ? [] : [regions.joined(separator: ",")]
        let stackPart = stack.map { ["stack \($0)"] } ?? []
        let accountPart = account.map { id in [accountAlias.map { "\($0) (\(id))" } ?? id] } ?? []
        let accountName = (accountAlias ?? account).map { [$0] } ?? []
        let profilePart = profile.map { ["profile \($0)"] } ?? []
        let variants = [
            stackPart + accountPart + profilePart + regionPart,
            stackPart + accountPart + regionPart,
            stackPart + accountName + regionPart,
            accountName + regionPart,
            regionPart
        ]
        return variants.map { $0.joined(separator: "  ") }
    }
}

/// What a key does in a confirmation dialog: y or Enter confirms, n, Esc or Ctrl-C cancels; when the
/// dialog asks for a name, keys type it and Enter confirms only once it is typed right.
enum ConfirmationKey: Equatable {
    /// Go ahead.
    case confirm
    /// Close the dialog, nothing done.
    case cancel
    /// The name typed so far is now this.
    case typed(String)
    /// Nothing happens.
    case ignore

    /// The meaning of `key` in a dialog that asks for `name` (nil: a y/n question), `typed` typed so far.
    init(_ key: KeyPress, name: String?, typed: String) {
        switch (key, name) {
        case (.escape, _), (.interrupt, _): self = .cancel
        case (.backspace, .some): self = .typed(String(typed.dropLast()))
        case let (.character(character), .some): self = .typed(typed + String(character))
        case let (.enter, .some(name)): self = typed == name ? .confirm : .typed("")
        case (.enter, nil), (.character("y"), nil), (.character("Y"), nil): self = .confirm
        case (.character("n"), nil), (.character("N"), nil): self = .cancel
        default: self = .ignore
        }
    }
}

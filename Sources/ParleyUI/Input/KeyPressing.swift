/// A store that takes keys one at a time: the dashboard's and the review screen's.
public protocol KeyPressing {
    /// Sends the key's action; false when the key does nothing here.
    @discardableResult
    mutating func press(_ key: KeyEvent) -> Bool
}

extension KeyPressing {
    /// Types text into whatever has the keyboard, one key at a time.
    public mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }
}

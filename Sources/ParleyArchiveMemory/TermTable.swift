/// Interns words given as bytes, giving each distinct word a number, without making a String
/// for every occurrence (the cost that dominates indexing otherwise).
struct TermTable: Sendable {
    private(set) var words = ByteArena()
    private var slots: [UInt32]
    private var hashes: [UInt32] = []

    init(expected: Int = 1 << 12) {
        var size = 16
        while size < expected * 2 { size <<= 1 }
        slots = Array(repeating: UInt32.max, count: size)
    }

    var count: Int { words.count }

    /// The number of `word`, adding it when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = Self.hash(word)
        var slot = Int(hash) & (slots.count - 1)
        while true {
            let id = slots[slot]
            if id == UInt32.max { break }
            if hashes[Int(id)] == hash, words.withBytes(Int(id), { $0.elementsEqual(word) }) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = UInt32(words.count)
        words.append(word)
        hashes.append(hash)
        slots[slot] = id
        if words.count * 2 > slots.count { grow() }
        return id
    }

    /// The number of `word` if it is known.
    func find(_ word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let hash = Self.hash(word)
        var slot = Int(hash) & (slots.count - 1)
        while true {
            let id = slots[slot]
            if id == UInt32.max { return nil }
            if hashes[Int(id)] == hash, words.withBytes(Int(id), { $0.elementsEqual(word) }) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    func find(_ word: String) -> UInt32? {
        var copy = word
        return copy.withUTF8 { find($0) }
    }

    private mutating func grow() {
        var bigger = Array(repeating: UInt32.max, count: slots.count * 2)
        for id in 0..<words.count {
            var slot = Int(hashes[id]) & (bigger.count - 1)
            while bigger[slot] != UInt32.max { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = UInt32(id)
        }
        slots = bigger
    }

    /// FNV-1a over the bytes.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}

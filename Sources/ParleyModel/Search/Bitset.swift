/// A set of document numbers as bits: the currency of search, in archives and in a desk's
/// index, where sets of a million quotes are intersected, joined and subtracted in microseconds.
public struct Bitset: Hashable, Sendable {
    public private(set) var words: [UInt64]
    public let capacity: Int

    /// An empty set for documents `0..<capacity`.
    public init(capacity: Int) {
        self.capacity = capacity
        words = Array(repeating: 0, count: (capacity + 63) / 64)
    }

    /// Every document `0..<capacity`.
    public static func full(capacity: Int) -> Bitset {
        var set = Bitset(capacity: capacity)
        for index in set.words.indices { set.words[index] = ~0 }
        set.clearTail()
        return set
    }

    public mutating func insert(_ member: Int) {
        words[member >> 6] |= 1 << UInt64(member & 63)
    }

    /// Adds every member of a list of postings.
    public mutating func insert(_ members: [Int32]) {
        for member in members { words[Int(member) >> 6] |= 1 << (UInt64(member) & 63) }
    }

    public func contains(_ member: Int) -> Bool {
        words[member >> 6] & (1 << UInt64(member & 63)) != 0
    }

    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    public mutating func formUnion(_ other: Bitset) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    public mutating func formIntersection(_ other: Bitset) {
        for index in words.indices { words[index] &= other.words[index] }
    }

    /// Every document not in the set.
    public func complement() -> Bitset {
        var result = self
        for index in result.words.indices { result.words[index] = ~result.words[index] }
        result.clearTail()
        return result
    }

    /// The members in increasing order.
    public var members: [Int] {
        var result: [Int] = []
        result.reserveCapacity(count)
        for (wordIndex, word) in words.enumerated() where word != 0 {
            var remaining = word
            while remaining != 0 {
                result.append(wordIndex << 6 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
        return result
    }

    private mutating func clearTail() {
        let extra = words.count * 64 - capacity
        if extra > 0, !words.isEmpty { words[words.count - 1] &= ~0 >> UInt64(extra) }
    }
}

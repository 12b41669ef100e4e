/// Many short byte strings stored end to end in one array, reached by number.
///
/// A million quotations as separate Strings would cost a heap object each; in one arena they
/// cost their bytes plus four bytes of offset.
struct ByteArena: Sendable {
    private(set) var bytes: [UInt8] = []
    /// The end offset of each entry; entry `i` starts where entry `i - 1` ends.
    private(set) var ends: [UInt32] = []

    var count: Int { ends.count }

    mutating func append(_ entry: some Collection<UInt8>) {
        bytes.append(contentsOf: entry)
        ends.append(UInt32(bytes.count))
    }

    mutating func reserve(entries: Int, bytes byteCount: Int) {
        ends.reserveCapacity(entries)
        bytes.reserveCapacity(byteCount)
    }

    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    /// Calls `body` with the bytes of entry `index`, without copying them.
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = range(index)
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends another arena's entries after this one's.
    mutating func append(contentsOf other: ByteArena) {
        let base = UInt32(bytes.count)
        bytes.append(contentsOf: other.bytes)
        ends.append(contentsOf: other.ends.map { $0 + base })
    }
}

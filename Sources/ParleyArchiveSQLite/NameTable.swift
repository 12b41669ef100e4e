/// Names numbered from 1 in the order first seen, so a table keeps each once and quotes
/// refer to it by number.
struct NameTable {
    private(set) var ids: [String: Int64] = [:]

    /// The number of `name`, given a new one the first time.
    mutating func id(_ name: String) -> Int64 {
        if let known = ids[name] { return known }
        let id = Int64(ids.count + 1)
        ids[name] = id
        return id
    }
}

import ParleyModel

/// The arithmetic of selections and scroll offsets.
enum Scrolling {
    /// `value` kept within `0..<count` (0 when empty).
    static func clamp(_ value: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return min(max(0, value), count - 1)
    }

    /// The scroll offset that keeps `index` within a window of `visible` rows.
    static func reveal(_ index: Int, offset: Int, visible: Int) -> Int {
        let visible = max(1, visible)
        if index < offset { return index }
        if index >= offset + visible { return index - visible + 1 }
        return max(0, offset)
    }
}

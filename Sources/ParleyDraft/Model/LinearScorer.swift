/// Weights for named features, read from a text file: a score is the sum of the weights of
/// the features present.
///
/// The file is one feature and its weight a line, tab-separated, after `#` comments; a line
/// `@threshold NAME VALUE` keeps a number the drafter reads beside the weights (where the
/// confidence levels begin). `parley-bench train` writes it.
public struct LinearScorer: Sendable, Equatable {
    public var weights: [String: Double]
    public var thresholds: [String: Double]

    public init(weights: [String: Double] = [:], thresholds: [String: Double] = [:]) {
        self.weights = weights
        self.thresholds = thresholds
    }

    /// Reads the text form; a line that is neither a comment nor a weight is skipped.
    public init(text: String) {
        var weights: [String: Double] = [:], thresholds: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("@threshold ") {
                let parts = line.split(separator: " ")
                if parts.count == 3, let value = Double(parts[2]) { thresholds[String(parts[1])] = value }
                continue
            }
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            weights[String(parts[0])] = value
        }
        self.weights = weights
        self.thresholds = thresholds
    }

    public func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// The text form: thresholds, then weights in name order, zero weights left out, so
    /// training twice on the same examples writes the same bytes.
    public func text(header: [String]) -> String {
        var out = header.map { "# " + $0 + "\n" }.joined()
        for name in thresholds.keys.sorted() { out += "@threshold \(name) \(Self.format(thresholds[name]!))\n" }
        for name in weights.keys.sorted() where weights[name] != 0 { out += "\(name)\t\(Self.format(weights[name]!))\n" }
        return out
    }

    /// Four decimals: enough for these weights, and the same on every machine.
    static func format(_ value: Double) -> String {
        let scaled = (value * 10000).rounded()
        let sign = scaled < 0 ? "-" : ""
        let magnitude = Int(abs(scaled))
        let fraction = String(magnitude % 10000)
        return "\(sign)\(magnitude / 10000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }
}

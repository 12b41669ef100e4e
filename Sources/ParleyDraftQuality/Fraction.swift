/// The two sums every quality figure here is made of.
enum Fraction {
    /// `part` of `whole`, 0 when there is no whole.
    static func of(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    /// The harmonic mean of precision and recall, 0 when both are.
    static func f1(precision: Double, recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

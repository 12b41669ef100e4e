/// Reusable buffers for one scanned line, so scanning a million lines allocates almost nothing.
package struct ScannedLine {
    package init() {}

    package var quotation: [UInt8] = []
    package var hasQuotation = false
    package var speaker: [UInt8] = []
    package var quoteID: [UInt8] = []
    package var date: [UInt8] = []
    package var occurrences = 0
    package var firstURL: [UInt8] = []

    package mutating func reset() {
        quotation.removeAll(keepingCapacity: true)
        hasQuotation = false
        speaker.removeAll(keepingCapacity: true)
        quoteID.removeAll(keepingCapacity: true)
        date.removeAll(keepingCapacity: true)
        occurrences = 0
        firstURL.removeAll(keepingCapacity: true)
    }
}

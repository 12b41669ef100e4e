/// Reusable buffers for one scanned line, so scanning a million lines allocates almost nothing.
struct ScannedLine {
    var quotation: [UInt8] = []
    var hasQuotation = false
    var speaker: [UInt8] = []
    var quoteID: [UInt8] = []
    var date: [UInt8] = []
    var occurrences = 0
    var firstURL: [UInt8] = []

    mutating func reset() {
        quotation.removeAll(keepingCapacity: true)
        hasQuotation = false
        speaker.removeAll(keepingCapacity: true)
        quoteID.removeAll(keepingCapacity: true)
        date.removeAll(keepingCapacity: true)
        occurrences = 0
        firstURL.removeAll(keepingCapacity: true)
    }
}

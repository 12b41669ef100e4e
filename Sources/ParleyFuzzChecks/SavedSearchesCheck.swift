import ParleyModel
import ParleySystem

extension FuzzCheck {
    /// Reads the bytes as a saved-searches file: every search under a name `@NAME` can take,
    /// each problem with a line number inside the file and nothing unsafe in it.
    public static let savedSearches = FuzzCheck(target: "FuzzSavedSearches") { bytes in
        let (searches, problems) = SavedSearchesFile.parse(bytes, path: "searches")
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        for search in searches where !SavedSearch.isName(search.name) {
            return "a search kept under a name @NAME cannot take: \(search.name.debugDescription)"
        }
        if Set(searches.map(\.name)).count != searches.count { return "a name kept twice" }
        for problem in problems {
            if hasRawControl(problem) { return "a raw control character in: \(problem.debugDescription)" }
            guard let number = problem.split(separator: ":").dropFirst().first.flatMap({ Int($0) }),
                (1...lines).contains(number)
            else { return "a problem without its line: \(problem)" }
        }
        return nil
    }
}

import ParleyModel

/// What the positions screen shows and has selected, worked out from the state alone, for the
/// view that draws it and the reducers that act on it alike.
extension DashboardContext {
    /// The parties in columns: all of them on a wide terminal, otherwise the chosen pair.
    func shownParties(_ state: AppState) -> [Int] {
        let count = dossier.parties.count
        guard count > 0 else { return [] }
        if DashboardLayout(size: state.size).positionColumns(parties: count) == count, count > 2 { return Array(0..<count) }
        if count == 1 { return [0] }
        return [state.positions.left % count, state.positions.right % count]
    }

    /// The ids of the quotes supporting the selected issue's stances, column by column, each once.
    func supportingQuotes(of state: AppState) -> [String] {
        guard dossier.issues.indices.contains(state.positions.issue) else { return [] }
        let issue = dossier.issues[state.positions.issue].id
        var seen: Set<String> = []
        var ids: [String] = []
        for index in shownParties(state) {
            let party = dossier.parties[index].id
            for position in dossier.positions where position.party == party && position.issue == issue {
                for id in position.quotes where seen.insert(id).inserted { ids.append(id) }
            }
        }
        return ids
    }

    /// The supporting quote Tab has reached, nil when the selected issue has none.
    func supportingQuote(of state: AppState) -> String? {
        let ids = supportingQuotes(of: state)
        guard !ids.isEmpty else { return nil }
        return ids[((state.positions.quote % ids.count) + ids.count) % ids.count]
    }
}

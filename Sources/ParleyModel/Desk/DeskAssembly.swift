import ParleyYAML

/// A desk put together from its weeks, with what was found wrong between the files.
///
/// Each file has loaded on its own already; what is checked here is the files together.
/// Errors — two files with one dossier id, or claiming one engagement or quote id — leave
/// no desk. Warnings — a person in two parties, an issue asked two ways, a party of two
/// kinds — keep the desk, whose latest definition wins. Every message is at the later
/// file's place and names the earlier one, both as FILE:LINE:COL.
public struct DeskAssembly: Sendable {
    /// Nil when any error was found.
    public var desk: Desk?
    /// In desk order, errors and warnings together.
    public var diagnostics: [Diagnostic]

    /// The files among `weeks` that an error names (the later file of each clash).
    public var filesWithErrors: Set<String> {
        Set(diagnostics.filter { $0.severity == .error }.map(\.file))
    }
}

extension Desk {
    /// Checks the weeks together and, when no id clashes, makes them a desk named `name`.
    public static func assemble(_ weeks: [DeskWeek], name: String) -> DeskAssembly {
        let ordered = weeks.sorted { ($0.start, $0.file) < ($1.start, $1.file) }
        var check = DeskCheck()
        for week in ordered { check.add(week) }
        let hasErrors = check.diagnostics.contains { $0.severity == .error }
        return DeskAssembly(desk: hasErrors || ordered.isEmpty ? nil : Desk(checked: ordered, name: name), diagnostics: check.diagnostics)
    }
}

/// The cross-file checks, fed one week at a time in desk order.
private struct DeskCheck {
    private(set) var diagnostics: [Diagnostic] = []
    private var dossiers: [String: DeskWeek] = [:]
    /// Engagement and quote ids, each with the first week that defines it.
    private var claimed: [DefinitionPlaces.Kind: [String: DeskWeek]] = [:]
    private var people: [String: (person: Person, week: DeskWeek)] = [:]
    private var issues: [String: (issue: Issue, week: DeskWeek)] = [:]
    private var parties: [String: (party: Party, week: DeskWeek)] = [:]

    /// Checks one more week against those before it; its messages go in its file's order.
    mutating func add(_ week: DeskWeek) {
        let before = diagnostics.count
        defer {
            let added = diagnostics[before...].enumerated()
                .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
                .map(\.element)
            diagnostics.replaceSubrange(before..., with: added)
        }
        let dossier = week.dossier
        if let earlier = dossiers[dossier.id] {
            report(.error, in: week, at: week.places.dossier, "dossier id '\(dossier.id)' is also the id of \(earlier.place(ofDossier: ())); each file of a desk needs its own id")
        } else {
            dossiers[dossier.id] = week
        }
        for engagement in dossier.engagements { claim(engagement.id, kind: .engagement, in: week) }
        for quote in dossier.quotes { claim(quote.id, kind: .quote, in: week) }
        for person in dossier.people {
            if let earlier = people[person.id], let before = earlier.person.party, let now = person.party, before != now {
                report(.warning, in: week, at: week.places.place(of: .person, person.id), "person '\(person.id)' speaks for party '\(now)' here but for '\(before)' at \(earlier.week.place(of: .person, person.id)); the latest is used")
            }
            people[person.id] = (person, week)
        }
        for issue in dossier.issues {
            if let earlier = issues[issue.id], let before = earlier.issue.question, let now = issue.question, Self.normalized(before) != Self.normalized(now) {
                report(.warning, in: week, at: week.places.place(of: .issue, issue.id), "issue '\(issue.id)' asks a different question here than at \(earlier.week.place(of: .issue, issue.id)); the latest is used")
            }
            issues[issue.id] = (issue, week)
        }
        for party in dossier.parties {
            if let earlier = parties[party.id], earlier.party.kind != party.kind {
                report(.warning, in: week, at: week.places.place(of: .party, party.id), "party '\(party.id)' is of kind '\(party.kind.rawValue)' here but '\(earlier.party.kind.rawValue)' at \(earlier.week.place(of: .party, party.id)); the latest is used")
            }
            parties[party.id] = (party, week)
        }
    }

    private mutating func claim(_ id: String, kind: DefinitionPlaces.Kind, in week: DeskWeek) {
        if let earlier = claimed[kind]?[id] {
            report(.error, in: week, at: week.places.place(of: kind, id), "\(kind.rawValue) id '\(id)' is also defined at \(earlier.place(of: kind, id)); \(kind.rawValue) ids must be unique across the desk")
        } else {
            claimed[kind, default: [:]][id] = week
        }
    }

    private mutating func report(_ severity: Diagnostic.Severity, in week: DeskWeek, at mark: YAMLMark?, _ message: String) {
        diagnostics.append(Diagnostic(file: week.file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: severity, message: message))
    }

    /// Questions compared as words, so a re-wrapped line or a trailing space is no contradiction.
    private static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension DeskWeek {
    /// "FILE:LINE:COL" of the dossier's own id.
    fileprivate func place(ofDossier: Void) -> String {
        guard let mark = places.dossier else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }
}

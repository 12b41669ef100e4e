import ParleyModel

/// Writes a dossier as Swift source, so the bundled week can be compiled in already parsed.
///
/// Parsing the bundled YAML at every start cost most of the time to a first frame. The YAML
/// stays the one source of truth: `BundledWeek.generated.swift` is written from it by this
/// type, and a test fails whenever the two disagree (`PARLEY_RECORD=1 swift test` rewrites it).
public enum SwiftLiteral {
    /// The generated file for `dossier`.
    public static func source(for dossier: Dossier) -> String {
        var lines: [String] = [
            "// Generated from week-2022-01-10.yaml by SwiftLiteral; do not edit.",
            "// `PARLEY_RECORD=1 swift test --filter BundledCompiledFormTests` writes it again.",
            "",
            "extension BundledDossier {",
            "    /// The bundled week, already parsed (see `SwiftLiteral`).",
            "    static let compiled = Dossier(",
            "        id: \(string(dossier.id)),",
            "        title: \(string(dossier.title)),",
            "        period: \(dossier.period.map { "Period(start: \(day($0.start)), end: \(day($0.end)))" } ?? "nil"),",
            "        summary: \(optional(dossier.summary)),",
        ]
        // Each list of the dossier: its label, one element a line, and a closing bracket.
        func list<Element>(_ label: String, _ elements: [Element], last: Bool = false, _ literal: (Element) -> String) {
            lines.append("        \(label): [")
            lines += elements.map { "            " + literal($0) + "," }
            lines.append(last ? "        ]" : "        ],")
        }
        list("sources", dossier.sources) { source in
            "Source(id: \(string(source.id)), outlet: \(string(source.outlet)), title: \(optional(source.title)), date: \(source.date.map(day) ?? "nil"), url: \(optional(source.url)), file: \(optional(source.file)))"
        }
        list("parties", dossier.parties) { party in
            "Party(id: \(string(party.id)), name: \(string(party.name)), short: \(optional(party.short)), kind: .\(party.kind.rawValue))"
        }
        list("people", dossier.people) { person in
            "Person(id: \(string(person.id)), name: \(string(person.name)), role: \(optional(person.role)), party: \(optional(person.party)))"
        }
        list("engagements", dossier.engagements) { engagement in
            [
                "Engagement(",
                "    id: \(string(engagement.id)), title: \(string(engagement.title)), date: \(day(engagement.date)), end: \(engagement.end.map(day) ?? "nil"),",
                "    city: \(optional(engagement.city)), venue: \(optional(engagement.venue)), format: \(optional(engagement.format)),",
                "    duration: \(optional(engagement.duration)), outcome: \(optional(engagement.outcome)),",
                "    summary: \(optional(engagement.summary)),",
                "    status: .\(engagement.status.rawValue), chair: \(optional(engagement.chair)), parties: \(strings(engagement.parties)),",
                "    delegations: [\(engagement.delegations.map { "Delegation(party: \(string($0.party)), people: \(strings($0.people)))" }.joined(separator: ", "))],",
                "    sources: \(strings(engagement.sources))",
                ")",
            ].joined(separator: "\n            ")
        }
        list("quotes", dossier.quotes) { quote in
            "Quote(id: \(string(quote.id)), text: \(string(quote.text)), speaker: \(string(quote.speaker)), date: \(day(quote.date)), engagement: \(optional(quote.engagement)), context: \(optional(quote.context)), partial: \(quote.partial), source: \(string(quote.source)), issues: \(strings(quote.issues)))"
        }
        list("issues", dossier.issues) { issue in
            "Issue(id: \(string(issue.id)), title: \(string(issue.title)), question: \(optional(issue.question)))"
        }
        list("positions", dossier.positions, last: true) { position in
            "Position(party: \(string(position.party)), issue: \(string(position.issue)), stance: \(string(position.stance)), answer: \(position.answer.map { "." + $0.rawValue } ?? "nil"), quotes: \(strings(position.quotes)), sources: \(strings(position.sources)), asOf: \(optional(position.asOf)))"
        }
        lines.append("    )")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Swift string literal for `text`: quotes, backslashes and anything unprintable escaped.
    public static func string(_ text: String) -> String {
        EscapedText.quoted(text) { scalar in
            if let escaped = EscapedText.backslashed(scalar) { return escaped }
            guard scalar.value < 0x20 || VisibleText.isUnsafe(scalar) else { return nil }
            return "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }

    static func optional(_ text: String?) -> String { text.map(string) ?? "nil" }

    static func strings(_ texts: [String]) -> String { "[" + texts.map(string).joined(separator: ", ") + "]" }

    static func day(_ day: Day) -> String { "Day(year: \(day.year), month: \(day.month), day: \(day.day))!" }
}

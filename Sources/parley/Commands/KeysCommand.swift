import ArgumentParser
import ParleyModel
import ParleySystem
import ParleyUI

/// `parley keys`: every action of the dashboard and the review screen, with its name, the
/// keys in force (yours from keys.yaml over the shipped ones) and what it does.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List every action with its name, its keys and what it does, your keys.yaml in force.",
        discussion: """
            Keys are read from $XDG_CONFIG_HOME/parley/keys.yaml (~/.config/parley/keys.yaml), \
            which maps a section (global, home, meeting, quotes, positions, timeline, search, \
            picker, noting, palette, review) to action names and one key or a list of keys, as \
            this list writes them:

              global:
                quit: [q, ctrl-x]
              quotes:
                sort: o

            A global entry sets the action's keys on every screen; a screen's entry wins there. \
            An entry that cannot be used (an unknown action or key, a key bound twice on one \
            screen) is a warning, FILE:LINE:COL, and its action keeps its keys. Actions changed \
            by the file are marked *.
            """
    )

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Exit with status 65 when keys.yaml has a problem (after listing).")
    var strict = false

    /// One action as listed: where, its name, its keys and what it does.
    struct Listed {
        var section: KeymapSection
        var name: String
        var keys: [KeyEvent]
        var help: String
        var changed: Bool
    }

    func run() throws {
        let user = UserKeymap.read(environment: Environment.current)
        for problem in user.problems { Console.error("parley: \(problem.description)") }
        let listed = Self.listed(user)
        if json {
            let items = listed.map { item in
                JSONValue.object([
                    ("section", .string(item.section.rawValue)), ("action", .string(item.name)),
                    ("keys", .array(item.keys.map { .string($0.keyName) })), ("what", .string(item.help)),
                    ("changed", .bool(item.changed)),
                ])
            }
            let value = JSONValue.object([
                ("file", .optional(user.path)), ("exists", .bool(user.exists)),
                ("problems", .array(user.problems.map { .string($0.description) })), ("actions", .array(items)),
            ])
            Console.out(value.serialized() + "\n")
        } else {
            Console.out(Self.text(listed, user: user))
        }
        if strict, !user.problems.isEmpty { throw ExitStatus.invalidData }
    }

    /// Every section's actions, in the order help shows them.
    static func listed(_ user: UserKeymap) -> [Listed] {
        var listed: [Listed] = []
        for section in KeymapSection.allCases {
            if section == .review {
                for (index, binding) in user.review.reviewing.enumerated() {
                    guard let name = ActionName.of(binding.action) else { continue }
                    let shipped = ReviewKeymap.standard.reviewing[index].keys
                    listed.append(
                        Listed(
                            section: section, name: name, keys: binding.keys, help: binding.help,
                            changed: binding.keys != shipped))
                }
                continue
            }
            let shipped = Keymap.standard.bindings(of: section)
            for (index, binding) in user.dashboard.bindings(of: section).enumerated() {
                guard let name = ActionName.of(binding.action) else { continue }
                let before = index < shipped.count ? shipped[index].keys : nil
                listed.append(
                    Listed(
                        section: section, name: name, keys: binding.keys, help: binding.help,
                        changed: binding.keys != before))
            }
        }
        return listed
    }

    /// The list as text: a heading per section, then a line per action.
    static func text(_ listed: [Listed], user: UserKeymap) -> String {
        let changes = listed.filter(\.changed).count
        var out: String
        if let path = user.path, user.exists {
            out = "Keys in force: parley's, with \(changes) changed by \(VisibleText.escaped(path))\n"
        } else {
            let path = user.path.map { " (" + VisibleText.escaped($0) + " is not there)" } ?? ""
            out = "Keys in force: those parley ships with\(path)\n"
        }
        var section: KeymapSection?
        for item in listed {
            if item.section != section {
                out += "\n\(item.section.title) [\(item.section.rawValue)]\n"
                section = item.section
            }
            let keys = item.keys.isEmpty ? "(none)" : item.keys.map(\.keyName).joined(separator: ", ")
            out +=
                (item.changed ? "* " : "  ") + TextWrap.padded(item.name, width: 26) + TextWrap.padded(keys, width: 16)
                + item.help + "\n"
        }
        return out
    }
}

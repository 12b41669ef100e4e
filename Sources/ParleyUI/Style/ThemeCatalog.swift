import Foundation
import ParleyModel
import ParleySystem
import ParleyThemes

/// Every theme parley can use: those compiled in from `themes/`, and the user's own in
/// `$XDG_CONFIG_HOME/parley/themes/` (`~/.config/parley/themes/` when that is unset).
public struct ThemeCatalog: Sendable {
    /// Where the user's themes are looked for; nil when neither XDG_CONFIG_HOME nor HOME is set.
    public let userFolder: String?

    public init(environment: [String: String]) {
        userFolder = XDGFolder.path(.config, "themes", environment: environment)
    }

    /// A theme chosen for use, with any warnings found on the way (then it is the default).
    public struct Choice: Sendable {
        public var theme: Theme
        public var warnings: [Diagnostic]
    }

    /// Why a theme cannot even be looked for: the name matches no theme.
    public struct UnknownTheme: Error, Sendable, CustomStringConvertible {
        public var name: String
        public var available: [String]

        public init(name: String, available: [String]) {
            self.name = name
            self.available = available
        }

        public var description: String {
            let hint = Suggestion.hint(for: name, in: available)
            return "no theme '\(VisibleText.escaped(name))'\(hint) (themes: \(available.joined(separator: ", ")))"
        }
    }

    /// The names of every theme, the bundled ones first; a user theme of the same name replaces
    /// the bundled one.
    public var names: [String] {
        var names = BundledThemes.files.map(\.name)
        for name in userThemeFiles().keys.sorted() where !names.contains(name) { names.append(name) }
        return names
    }

    /// A theme by name, or by path when the text names a file (has a `/` or ends in `.yaml`).
    ///
    /// A theme file with problems gives the default theme and a warning saying where the first
    /// problem is; only a name that matches nothing is an error.
    public func choose(_ nameOrPath: String) throws(UnknownTheme) -> Choice {
        if Self.isPath(nameOrPath) {
            return settle(load(path: nameOrPath, name: Self.name(ofFile: nameOrPath), visiting: []))
        }
        guard names.contains(nameOrPath) else { throw UnknownTheme(name: nameOrPath, available: names) }
        return settle(load(named: nameOrPath, visiting: []))
    }

    /// True when `--theme` names a file rather than a theme: it has a slash or a YAML extension.
    public static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
    }

    /// The theme named `name` among the bundled ones, or nil (for a bundled file that failed,
    /// which the tests rule out).
    public static func bundledTheme(named name: String) -> Theme? {
        guard let file = BundledThemes.files.first(where: { $0.name == name }) else { return nil }
        if case let .success(theme) = ThemeCatalog(environment: [:]).resolve(
            bytes: file.bytes, file: "themes/\(name).yaml", name: name, visiting: [])
        {
            return theme
        }
        return nil
    }

    /// Every theme as it would be used, in `names` order, for cycling with `t`.
    public func allThemes() -> [(name: String, choice: Choice)] {
        names.map { name in (name, settle(load(named: name, visiting: []))) }
    }

    // MARK: Loading

    private func settle(_ result: Result<Theme, ThemeProblems>) -> Choice {
        switch result {
        case let .success(theme):
            return Choice(theme: theme, warnings: [])
        case let .failure(problems):
            // One warning: the first problem, saying that the default is used instead.
            guard var first = problems.diagnostics.first else { return Choice(theme: .standard, warnings: []) }
            first.severity = .warning
            let more = problems.diagnostics.count - 1
            first.message +=
                (more > 0 ? " (and \(more) more problem\(more == 1 ? "" : "s"))" : "") + "; using the default theme"
            return Choice(theme: .standard, warnings: [first])
        }
    }

    private func load(named name: String, visiting: [String]) -> Result<Theme, ThemeProblems> {
        if let path = userThemeFiles()[name] { return load(path: path, name: name, visiting: visiting) }
        guard let file = BundledThemes.files.first(where: { $0.name == name }) else {
            return .failure(ThemeProblems([]))
        }
        return resolve(bytes: file.bytes, file: "themes/\(name).yaml", name: name, visiting: visiting)
    }

    private func load(path: String, name: String, visiting: [String]) -> Result<Theme, ThemeProblems> {
        switch FileReader.read(path: path, limit: 1024 * 1024) {
        case let .success(bytes):
            return resolve(bytes: bytes, file: path, name: name, visiting: visiting)
        case let .failure(failure):
            let reason: String
            switch failure {
            case let .unreadable(why): reason = why
            case .tooLarge: reason = "larger than 1 MiB"
            }
            return .failure(
                ThemeProblems([
                    Diagnostic(
                        file: path, line: 1, column: 1, severity: .error, message: "cannot read the theme: \(reason)")
                ]))
        }
    }

    /// Parses a file and applies what it inherits, refusing loops and incomplete themes.
    private func resolve(bytes: [UInt8], file: String, name: String, visiting: [String]) -> Result<Theme, ThemeProblems>
    {
        let parsed: ThemeParser.Parsed
        switch ThemeParser.parse(bytes: bytes, file: file, name: name) {
        case let .failure(problems): return .failure(problems)
        case let .success(value): parsed = value
        }
        var theme = parsed.theme
        if let inherits = parsed.inherits {
            func problem(_ message: String) -> Result<Theme, ThemeProblems> {
                .failure(
                    ThemeProblems([
                        Diagnostic(
                            file: file, line: inherits.mark?.line ?? 1, column: inherits.mark?.column ?? 1,
                            severity: .error, message: message)
                    ]))
            }
            let chain = visiting + [name]
            if chain.contains(inherits.value) {
                return problem("'inherits' makes a loop: \((chain + [inherits.value]).joined(separator: " → "))")
            }
            guard names.contains(inherits.value) else {
                return problem(
                    UnknownTheme(name: inherits.value, available: names).description.replacingOccurrences(
                        of: "no theme", with: "'inherits' names no theme"))
            }
            switch load(named: inherits.value, visiting: chain) {
            case let .failure(problems):
                return problems.diagnostics.isEmpty
                    ? problem("the theme '\(inherits.value)' it inherits cannot be used") : .failure(problems)
            case let .success(parent):
                var styles = parent.styles
                for role in parsed.setRoles { styles[role] = theme.styles[role] }
                theme.styles = styles
                if !parsed.setsBackground { theme.background = parent.background }
            }
        }
        let missing =
            ThemeParser.roleNames.filter { theme.styles[$0.role] == nil }.map(\.name)
            + (ThemeParser.partyRoles.contains { theme.styles[$0] == nil } ? ["parties"] : [])
        if !missing.isEmpty {
            let mark = parsed.rolesMark
            let message =
                "the theme does not set \(missing.joined(separator: ", ")) (set them, or inherit them from another theme)"
            return .failure(
                ThemeProblems([
                    Diagnostic(
                        file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: .error, message: message
                    )
                ]))
        }
        return .success(theme)
    }

    /// The user's theme files by name.
    private func userThemeFiles() -> [String: String] {
        guard let folder = userFolder,
            let entries = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [:] }
        var files: [String: String] = [:]
        for entry in entries where entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") {
            files[Self.name(ofFile: entry)] = folder + "/" + entry
        }
        return files
    }

    static func name(ofFile path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where file.hasSuffix(suffix) { return String(file.dropLast(suffix.count)) }
        return file
    }
}

import Foundation

/// Makes dossier ids from names and titles: lowercase ASCII letters and digits with dashes,
/// for what `parley draft` writes and what parley adds to a dossier.
public enum IDSlug {
    /// "Sergei Ryabkov" → "sergei-ryabkov", "Genève talks" → "geneve-talks"; at most `words`
    /// words; nil when nothing of the text is a letter or digit in ASCII.
    public static func make(_ text: String, words: Int = 6) -> String? {
        let folded = TextFolding.stripDiacritics(text).lowercased()
        var parts: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !current.isEmpty {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        let slug = parts.prefix(words).joined(separator: "-")
        guard !slug.isEmpty, Slug.isValid(slug) else { return nil }
        return String(slug.prefix(48)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// `base`, or `base-2`, `base-3`, … whichever is not taken yet; records the one chosen.
    public static func unique(_ base: String, in taken: inout Set<String>) -> String {
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

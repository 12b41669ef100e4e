import ParleyYAML

/// Reading the dossier's own kinds of value: ids (slugs) and days, with the messages that say
/// what a valid one looks like.
extension NodeReader {
    mutating func slug(_ record: Record, _ key: String, required: Bool = false) -> Located<String>? {
        guard let located = text(record, key, required: required) else { return nil }
        return checkedSlug(located, key: key, in: record.what)
    }

    mutating func slug(_ node: YAMLNode, key: String, in what: String) -> Located<String>? {
        reference(node, key: key, in: what).flatMap { checkedSlug($0, key: key, in: what) }
    }

    /// An id naming another entry, read as written: it is checked against the ids the dossier
    /// defines once every list is read, so a name where an id belongs ("United States") is
    /// reported with the id that entry has, not with a slug of the name that names nothing.
    mutating func reference(_ record: Record, _ key: String, required: Bool = false) -> Located<String>? {
        text(record, key, required: required)
    }

    mutating func reference(_ node: YAMLNode, key: String, in what: String) -> Located<String>? {
        if Self.isNull(node) {
            error("empty id in '\(key)' of \(what)", at: node.mark)
            return nil
        }
        guard case let .scalar(scalar) = node else {
            error("'\(key)' in \(what) should list ids, found \(Self.describe(node))", at: node.mark)
            return nil
        }
        return Located(value: scalar.string, mark: node.mark)
    }

    /// A list of texts, none empty ("pieces" of a quote).
    mutating func textList(_ record: Record, _ key: String) -> [Located<String>]? {
        guard let nodes = list(record, key) else { return nil }
        var texts: [Located<String>] = []
        for node in nodes {
            guard case let .scalar(scalar) = node, !Self.isNull(node) else {
                error("each of '\(key)' in \(record.what) should be text, found \(Self.describe(node))", at: node.mark)
                continue
            }
            guard !scalar.string.allSatisfy(\.isWhitespace) else {
                error("each of '\(key)' in \(record.what) must not be empty", at: node.mark)
                continue
            }
            texts.append(Located(value: scalar.string, mark: node.mark))
        }
        return texts
    }

    /// A list of ids naming other entries, each read as `reference` reads one.
    mutating func referenceList(_ record: Record, _ key: String) -> [Located<String>] {
        guard let nodes = list(record, key) else { return [] }
        return nodes.compactMap { reference($0, key: key, in: record.what) }
    }

    private mutating func checkedSlug(_ located: Located<String>, key: String, in what: String) -> Located<String>? {
        guard Slug.isValid(located.value) else {
            let example = Self.slugified(located.value)
            let hint = example.isEmpty || example == located.value ? "" : ", e.g. '\(example)'"
            error("'\(located.value)' is not a valid id for '\(key)' in \(what): ids are lowercase letters, digits and dashes, starting with a letter or digit\(hint)", at: located.mark)
            return nil
        }
        return located
    }

    mutating func day(_ record: Record, _ key: String, required: Bool = false) -> Located<Day>? {
        guard let located = text(record, key, required: required) else { return nil }
        guard let day = Day(located.value) else {
            let shaped = located.value.utf8.count == 10 && located.value.split(separator: "-").count == 3
            let reason = shaped ? "there is no such day" : "dates are written YYYY-MM-DD"
            error("'\(located.value)' is not a valid date for '\(key)' in \(record.what): \(reason)", at: located.mark)
            return nil
        }
        return Located(value: day, mark: located.mark)
    }

    /// A best guess at the id the author meant: "Geneva Talks" → "geneva-talks".
    static func slugified(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if let ascii = character.asciiValue, (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39) {
                result.append(character)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}

/// The place a description names ("the Florida senator", "the New Jersey governor"), matched
/// against what the article says of a person: their role, or the party-and-state bracket
/// after their name ("Sen. Jo Lee (R-Fla.)", "Jo Lee of Florida").
enum PlaceQualifier {
    /// US states with the short forms news writing uses for them (AP style and postal codes).
    static let stateForms: [String: [String]] = [
        "alabama": ["ala", "al"], "alaska": ["ak"], "arizona": ["ariz", "az"], "arkansas": ["ark", "ar"],
        "california": ["calif", "ca"], "colorado": ["colo", "co"], "connecticut": ["conn", "ct"], "delaware": ["del", "de"],
        "florida": ["fla", "fl"], "georgia": ["ga"], "hawaii": ["hi"], "idaho": ["id"], "illinois": ["ill", "il"],
        "indiana": ["ind", "in"], "iowa": ["ia"], "kansas": ["kan", "ks"], "kentucky": ["ky"], "louisiana": ["la"],
        "maine": ["me"], "maryland": ["md"], "massachusetts": ["mass", "ma"], "michigan": ["mich", "mi"],
        "minnesota": ["minn", "mn"], "mississippi": ["miss", "ms"], "missouri": ["mo"], "montana": ["mont", "mt"],
        "nebraska": ["neb", "ne"], "nevada": ["nev", "nv"], "new hampshire": ["n.h", "nh"], "new jersey": ["n.j", "nj"],
        "new mexico": ["n.m", "nm"], "new york": ["n.y", "ny"], "north carolina": ["n.c", "nc"], "north dakota": ["n.d", "nd"],
        "ohio": ["oh"], "oklahoma": ["okla", "ok"], "oregon": ["ore", "or"], "pennsylvania": ["pa"],
        "rhode island": ["r.i", "ri"], "south carolina": ["s.c", "sc"], "south dakota": ["s.d", "sd"],
        "tennessee": ["tenn", "tn"], "texas": ["tex", "tx"], "utah": ["ut"], "vermont": ["vt"], "virginia": ["va"],
        "washington": ["wash", "wa"], "west virginia": ["w.va", "wv"], "wisconsin": ["wis", "wi"], "wyoming": ["wyo", "wy"],
    ]

    /// True when `text` (lowercased) names `place` (lowercased), in full or in short form.
    static func names(_ place: String, in text: String) -> Bool {
        if words(text).joined(separator: " ").contains(place) { return true }
        guard let forms = stateForms[place] else { return false }
        let parts = words(text)
        return forms.contains { form in parts.contains(form) || parts.contains { $0.hasSuffix("-" + form) } }
    }

    /// True when `text` names any place the lists know.
    static func namesAnyPlace(_ text: String, places: [String: [[String]]]) -> Bool {
        let parts = words(text)
        for (offset, word) in parts.enumerated() {
            if stateForms[word] != nil { return true }
            for phrase in places[word] ?? [] where offset + phrase.count <= parts.count && Array(parts[offset..<(offset + phrase.count)]) == phrase { return true }
            if word.contains("-"), let form = word.split(separator: "-").last, stateForms.values.contains(where: { $0.contains(String(form)) }) { return true }
        }
        return false
    }

    /// Lowercased words with their final points dropped ("(R-Fla.)" → "r-fla").
    static func words(_ text: String) -> [String] {
        text.lowercased().split { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," }.map { word in
            var word = Substring(word)
            while word.hasSuffix(".") { word = word.dropLast() }
            return String(word)
        }.filter { !$0.isEmpty }
    }
}

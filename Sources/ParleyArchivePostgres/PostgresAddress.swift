/// A `postgresql://` address as given, and as it may be shown: without its password.
public struct PostgresAddress: Sendable, CustomStringConvertible {
    /// The address as given, password and all, for connecting.
    let url: String

    /// True for an address parley takes as a PostgreSQL database rather than a file.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    public init(_ url: String) {
        self.url = url
    }

    /// The address with any password taken out: `postgresql://ana@db:5432/quotes`.
    public var description: String {
        guard let schemeEnd = url.firstRange(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return url }
        let credentials = authority[..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + String(url[at...])
    }

    /// The address libpq connects to: never waiting more than `timeout` seconds for a server
    /// that does not answer, and naming parley to the server's activity view.
    var connectionString: String {
        let separator = url.contains("?") ? "&" : "?"
        var extra: [String] = []
        if !url.contains("connect_timeout=") { extra.append("connect_timeout=\(PostgresAddress.connectTimeout)") }
        if !url.contains("application_name=") { extra.append("application_name=parley") }
        return extra.isEmpty ? url : url + separator + extra.joined(separator: "&")
    }

    /// Seconds to wait for a server before saying it cannot be reached.
    static let connectTimeout = 5
}

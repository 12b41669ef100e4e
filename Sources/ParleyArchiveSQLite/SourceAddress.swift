/// A source URL split where sites repeat: the site ("https://www.bbc.co.uk") and the rest
/// ("/news/world-123"), which joined give the URL back exactly.
struct SourceAddress {
    /// Scheme and host, when the URL has them.
    var site: String?
    /// Everything after the site (the whole URL when it has no site); nil for no URL.
    var path: String?

    init(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let url = String(decoding: bytes, as: UTF8.self)
        guard let scheme = url.firstRange(of: "://"), let slash = url[scheme.upperBound...].firstIndex(of: "/") else {
            path = url
            return
        }
        site = String(url[..<slash])
        path = String(url[slash...])
    }
}

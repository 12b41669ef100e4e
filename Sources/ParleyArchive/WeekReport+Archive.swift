import ParleyModel

extension WeekReport {
    /// The week at a glance with the quote archives loaded beside the dossier listed at the end.
    public static func render(_ dossier: Dossier, width: Int = 80, archives: [any ArchiveStore]) -> String {
        render(dossier, width: width, archives: archives.map { (name: $0.name, quotes: $0.count) })
    }
}

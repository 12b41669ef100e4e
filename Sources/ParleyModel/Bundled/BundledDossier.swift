/// The dossier compiled into parley: the week of 10–13 January 2022.
public enum BundledDossier {
    /// The name diagnostics and `--dossier` help use for the bundled week.
    public static let fileName = "week-2022-01-10.yaml"

    /// The YAML text of the bundled week, exactly as compiled in.
    public static var yaml: String {
        String(decoding: PackageResources.week_2022_01_10_yaml, as: UTF8.self)
    }

    /// The bundled week, loaded through the same loader as any user's dossier.
    ///
    /// The bundled file is checked by the test suite, so a failure here is a build defect, not
    /// a user error; it is still reported rather than trapped.
    public static func load() throws(DossierLoadFailure) -> Dossier {
        try DossierLoader.load(bytes: PackageResources.week_2022_01_10_yaml, file: fileName, sourceTexts: nil).dossier
    }
}

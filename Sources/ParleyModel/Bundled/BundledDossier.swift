/// The dossier compiled into parley: the week of 10–13 January 2022.
public enum BundledDossier {
    /// The name diagnostics and `--dossier` help use for the bundled week.
    public static let fileName = "week-2022-01-10.yaml"

    /// The YAML text of the bundled week, exactly as compiled in.
    public static var yaml: String {
        String(decoding: PackageResources.week_2022_01_10_yaml, as: UTF8.self)
    }

    /// The bundled week, compiled in already parsed (`compiled`, generated from the YAML).
    ///
    /// It never fails; the signature matches loading a user's dossier so callers treat both alike.
    public static func load() throws(DossierLoadFailure) -> Dossier {
        compiled
    }

    /// The bundled week parsed from its YAML through the same loader as any user's dossier,
    /// which is how the tests check the YAML and the compiled form agree.
    public static func parse() throws(DossierLoadFailure) -> Dossier {
        try DossierLoader.load(bytes: PackageResources.week_2022_01_10_yaml, file: fileName, sourceTexts: nil).dossier
    }
}

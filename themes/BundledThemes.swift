/// The theme files of the top-level `themes/` folder, compiled into the binary.
///
/// An installed parley needs nothing beside it: each file's bytes are embedded at build time.
public enum BundledThemes {
    /// Each bundled theme's name (its file name without `.yaml`) and bytes, default first.
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("default", PackageResources.default_yaml),
        ("light", PackageResources.light_yaml),
        ("high-contrast", PackageResources.high_contrast_yaml),
        ("monochrome", PackageResources.monochrome_yaml),
        ("colour-blind", PackageResources.colour_blind_yaml),
        ("base16-default-dark", PackageResources.base16_default_dark_yaml),
    ]
}

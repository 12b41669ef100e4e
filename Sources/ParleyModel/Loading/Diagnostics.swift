import ParleyYAML

/// A problem in a file, with its line and column (read with ParleyYAML, which dossiers and
/// themes share); named here so users of the model need no other module.
public typealias Diagnostic = ParleyYAML.Diagnostic

/// "Did you mean …?" for a misspelt key, id or name.
public typealias Suggestion = ParleyYAML.Suggestion

/// Untrusted text made safe to print: control characters and bidi overrides as placeholders.
public typealias VisibleText = ParleyYAML.VisibleText

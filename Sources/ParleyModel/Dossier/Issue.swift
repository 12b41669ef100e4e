/// A question at stake between the parties, such as NATO enlargement.
public struct Issue: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// The question at stake, in one sentence.
    public var question: String?

    public init(id: String, title: String, question: String? = nil) {
        self.id = id
        self.title = title
        self.question = question
    }
}

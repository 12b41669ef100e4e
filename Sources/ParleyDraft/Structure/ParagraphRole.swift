/// What a paragraph is, to the pipeline: the article's words, or the matter around them.
public enum ParagraphRole: String, Sendable {
    case headline, byline, date, url, caption, boilerplate, body
}

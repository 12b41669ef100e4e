import ParleyYAML
import Testing

/// Comments found again in YAML text, where libyaml reads past them: outside quoted scalars
/// and block scalars, with the line and column their text begins at.
struct YAMLCommentsTests {
    private func comments(_ text: String) -> [String] {
        YAMLComments.comments(in: text).map { "\($0.line):\($0.column):\($0.text):\($0.isWholeLine)" }
    }

    @Test func commentsOutsideQuotes() {
        #expect(comments("a: \"# no\"  # yes\nb: 'it''s # no'\nd: 1 #x\n") == ["1:14:yes:false", "3:7:x:false"])
    }

    @Test func aHashInsideAWordIsText() {
        #expect(comments("a: C#minor\nb: x#y # z\n") == ["2:10:z:false"])
    }

    @Test func blockScalarLinesAreText() {
        let text = "c: >-\n  # text\n  more\n# whole\n- |\n    # also text\n  # a comment at the list's level\n"
        #expect(comments(text) == ["4:3:whole:true", "7:5:a comment at the list's level:true"])
    }

    @Test func escapedQuotesDoNotEndAScalar() {
        #expect(comments("a: \"say \\\"# no\\\" more\" # yes\n") == ["1:26:yes:false"])
    }
}

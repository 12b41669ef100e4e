import Testing
import Yams

@testable import ParleyYAML

struct AliasGuardTests {
    func offset(_ text: String) -> Int? { AliasGuard.aliasKeyOffset(in: Array(text.utf8)) }

    @Test func aliasAsImplicitKeyIsFound() {
        #expect(offset("a: &x [1]\nb:\n  *x : 1\n") == 15)
    }

    @Test func aliasAsExplicitKeyIsFound() {
        #expect(offset("a: &x [1]\nb:\n  ? *x\n  : 1\n") == 17)
    }

    @Test func aliasInFlowMappingKeyIsFound() {
        #expect(offset("a: &x [1]\nb: {*x : 1}\n") == 14)
    }

    @Test func anAnchorAfterATabIsSeen() throws {
        #expect(offset("a:\t&x [1]\nb:\n  *x : 1\n") == 15)
        // And libyaml does read it as an anchor, so the scan must.
        let composed = try #require(try Yams_compose("a:\t&x [1]\nb: *x\n"))
        #expect(composed["b"]?.sequence?.count == 1)
    }

    @Test func aliasAsValueIsFine() {
        #expect(offset("a: &x [1]\nb: *x\nc: [*x, *x]\n") == nil)
    }

    @Test func withoutAnchorsNothingIsScanned() {
        #expect(offset("text: |\n  *Note*: see below\n") == nil)
    }

    @Test func quotedAndBlockTextIsSkipped() {
        #expect(offset("a: &x 1\nb: \"*x: quoted\"\nc: |\n  *x: inside a block\nd: 2 # *x: comment\n") == nil)
    }

    @Test func expansionIsBoundedByTheLimit() throws {
        let small = try #require(try Yams_compose("a: &a [1, 2, 3]\nb: [*a, *a]\n"))
        #expect(AliasGuard.expansionOverflow(small, limit: 100) == nil)
        #expect(AliasGuard.expansionOverflow(small, limit: 5)?.line == 2)
    }
}

private func Yams_compose(_ text: String) throws -> Node? { try Yams.compose(yaml: text) }

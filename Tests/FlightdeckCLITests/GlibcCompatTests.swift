import CGlibcCompat
import Testing

/// The hypot wrappers release builds send the static Foundation's calls to (scripts/release-flags):
/// bound to glibc's first hypot, they must still compute it.
@Suite struct GlibcCompatTests {
    @Test func theWrappersComputeHypot() {
        #expect(__wrap_hypot(3, 4) == 5)
        #expect(__wrap_hypotf(5, 12) == 13)
        #expect(__wrap_hypot(-1e300, 1e300) == 1.4142135623730951e300, "no overflow in the middle")
        #expect(__wrap_hypot(.infinity, .nan) == .infinity)
    }
}

// The baseline for parley's first-frame benchmark: a Swift process that links Foundation and
// does nothing else, so "within 2.5× of a bare process" is measured against this machine's floor.
import Foundation

_ = ProcessInfo.processInfo.processIdentifier
